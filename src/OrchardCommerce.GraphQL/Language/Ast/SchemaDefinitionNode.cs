namespace OrchardCommerce.GraphQL.Language;

/// <summary>schema { query: Query ... } (spec §3.3).</summary>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode;
