namespace OrchardCommerce.GraphQL.Language;

/// <summary>A parsed document: its definitions in source order.</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : Node;
