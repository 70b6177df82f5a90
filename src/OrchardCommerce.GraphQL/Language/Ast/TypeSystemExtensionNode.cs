namespace OrchardCommerce.GraphQL.Language;

/// <summary>A schema or type extension.</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;
