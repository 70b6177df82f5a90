namespace OrchardCommerce.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;
