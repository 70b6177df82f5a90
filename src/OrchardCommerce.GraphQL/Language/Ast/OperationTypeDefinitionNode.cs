namespace OrchardCommerce.GraphQL.Language;

/// <summary>query: Query inside a schema definition or extension.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : Node;
