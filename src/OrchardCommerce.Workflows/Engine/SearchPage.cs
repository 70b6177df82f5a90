namespace OrchardCommerce.Workflows.Engine;

/// <summary>One page of a search and the number of matches in all pages.</summary>
public sealed record SearchPage<T>(IReadOnlyList<T> Items, long TotalItems);
