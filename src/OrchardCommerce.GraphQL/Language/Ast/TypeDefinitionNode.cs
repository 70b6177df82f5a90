namespace OrchardCommerce.GraphQL.Language;

/// <summary>A named type's definition.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode;
