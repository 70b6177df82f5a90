namespace OrchardCommerce.GraphQL.Language;

/// <summary>extend schema.</summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode;
