namespace OrchardCommerce.GraphQL.Language;

/// <summary>A variable an operation declares, with its type and optional default.</summary>
public sealed record VariableDefinitionNode(VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : Node;
