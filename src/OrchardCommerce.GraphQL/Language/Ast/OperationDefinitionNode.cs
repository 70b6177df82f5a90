namespace OrchardCommerce.GraphQL.Language;

/// <summary>A query, mutation or subscription (spec §2.3).</summary>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode;
