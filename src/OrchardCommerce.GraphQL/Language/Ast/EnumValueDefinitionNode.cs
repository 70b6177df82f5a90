namespace OrchardCommerce.GraphQL.Language;

/// <summary>One value of an enum type.</summary>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : Node;
