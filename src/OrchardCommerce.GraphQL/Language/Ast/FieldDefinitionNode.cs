namespace OrchardCommerce.GraphQL.Language;

/// <summary>A field of an object or interface type.</summary>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : Node;
