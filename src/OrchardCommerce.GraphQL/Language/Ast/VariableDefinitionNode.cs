namespace OrchardCommerce.GraphQL.Language;

/// <summary>A variable an operation declares, with its type and optional default.</summary>
public sealed record VariableDefinitionNode(StringValueNode? Description, VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : Node;
