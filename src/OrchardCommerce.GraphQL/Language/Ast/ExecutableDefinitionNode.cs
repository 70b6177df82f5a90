namespace OrchardCommerce.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode;
