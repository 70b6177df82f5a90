namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// The order of a content query. Items without a value come first ascending and last descending (they count as the
/// smallest), and items that tie are ordered by their id in the same direction, so every item has one place.
/// </summary>
public sealed record ContentOrder(ContentProperty Property, bool Descending = false)
{
    public static readonly ContentOrder Default = new(ContentProperty.CreatedUtc);
}
