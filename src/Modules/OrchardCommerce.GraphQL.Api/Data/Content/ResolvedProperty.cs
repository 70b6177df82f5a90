namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>A property found on the queried type, as SQL over content_items.</summary>
/// <param name="Expression">Its value; null for picked ids, which are only tested with <paramref name="Contains"/>.</param>
/// <param name="Contains">For picked ids: the condition that the ids include the parameter it is given.</param>
internal sealed record ResolvedProperty(ContentProperty Property, ContentValueKind Kind, string? Expression, Func<string, string>? Contains = null);
