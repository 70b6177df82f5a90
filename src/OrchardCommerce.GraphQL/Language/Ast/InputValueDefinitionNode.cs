namespace OrchardCommerce.GraphQL.Language;

/// <summary>An argument definition or an input object field.</summary>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : Node;
