namespace OrchardCommerce.Workflows.Client;

/// <summary>Which page of a search (reference §2.5): by offset, or after/before a cursor from a previous page.</summary>
public sealed record SearchPage
{
    public int? From { get; init; }
    public int? Limit { get; init; }
    public string? After { get; init; }
    public string? Before { get; init; }

    public static SearchPage Offset(int from, int limit = 100) => new() { From = from, Limit = limit };

    /// <summary>The page after <paramref name="endCursor"/>, the previous page's <see cref="SearchPageInfo.EndCursor"/>.</summary>
    public static SearchPage Next(string endCursor, int limit = 100) => new() { After = endCursor, Limit = limit };
}
