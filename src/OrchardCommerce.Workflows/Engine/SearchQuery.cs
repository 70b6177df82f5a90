namespace OrchardCommerce.Workflows.Engine;

/// <summary>Paging shared by every search: offset and size, ordered by key (ascending unless Descending).</summary>
public abstract record SearchQuery
{
    public int From { get; init; }

    public int Limit { get; init; } = 100;

    public bool Descending { get; init; }
}
