namespace OrchardCommerce.Contents.Models;

/// <summary>One page of a content query and the total across all pages.</summary>
public sealed record ContentQueryResult(IReadOnlyList<ContentItem> Items, int Total);
