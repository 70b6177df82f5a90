namespace OrchardCommerce.GraphQL.Language;

/// <summary>A top-level definition of a document.</summary>
public abstract record DefinitionNode : Node;
