using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.GraphQL.Api.Data.Catalog;

/// <summary>A page of active products: filters combine with AND; <see cref="After"/> is a cursor from a previous page.</summary>
/// <param name="Category">A category handle.</param>
/// <param name="Collection">A collection handle.</param>
/// <param name="Search">Case-insensitive substring of the title, the handle or a variant's SKU (commerce's own search).</param>
public sealed record StorefrontProductQuery(string? Category = null, string? Collection = null, string? Search = null, int First = 20, string? After = null)
{
    public const int MaxFirst = 100;

    /// <summary>Which version of the matched content to merge; other than Published needs the ViewDrafts permission.</summary>
    public VersionOptions ContentStatus { get; init; } = VersionOptions.Published;
}
