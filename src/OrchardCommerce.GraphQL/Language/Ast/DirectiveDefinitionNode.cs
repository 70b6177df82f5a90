namespace OrchardCommerce.GraphQL.Language;

/// <summary>directive @name(args) repeatable on LOCATIONS.</summary>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode;
