namespace OrchardCommerce.Commerce.Catalog;

/// <summary>One page of a listing; pass <see cref="EndCursor"/> as the next request's "after".</summary>
public sealed record ProductPage<T>(IReadOnlyList<T> Items, long TotalCount, bool HasNextPage, string? EndCursor);
