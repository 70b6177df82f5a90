namespace OrchardCommerce.GraphQL.Language;

/// <summary>A query, mutation or subscription (spec §2.3); descriptions on operations, fragments and variables are the newer spec draft graphql-js 16.15 parses.</summary>
public sealed record OperationDefinitionNode(StringValueNode? Description, OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode;
