namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>One condition of a content query; a query's filters combine with AND.</summary>
/// <param name="Values">
/// One value, several for <see cref="ContentFilterOperator.In"/>: strings for text, dates (ISO 8601) and picked ids,
/// numbers for numeric fields, booleans, and DateTime/DateTimeOffset (or ISO strings) for the item's dates.
/// </param>
public sealed record ContentFilter(ContentProperty Property, ContentFilterOperator Operator, IReadOnlyList<object?> Values)
{
    public static ContentFilter Of(ContentProperty property, ContentFilterOperator op, object? value) => new(property, op, [value]);
}
