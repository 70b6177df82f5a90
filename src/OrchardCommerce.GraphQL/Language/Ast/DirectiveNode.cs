namespace OrchardCommerce.GraphQL.Language;

/// <summary>@name(arguments) applied to a location.</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : Node;
