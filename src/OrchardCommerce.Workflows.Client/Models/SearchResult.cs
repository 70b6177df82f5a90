namespace OrchardCommerce.Workflows.Client;

/// <summary>One page of a search. Searches read exported data and may lag behind commands (reference §1.6).</summary>
public sealed record SearchResult<T>(IReadOnlyList<T> Items, SearchPageInfo Page);
