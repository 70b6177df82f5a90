namespace OrchardCommerce.Workflows.Client;

/// <summary>One sort criterion of a search: a field of the result and ASC or DESC.</summary>
public sealed record SearchSort(string Field, string Order = "ASC")
{
    public static SearchSort Ascending(string field) => new(field, "ASC");

    public static SearchSort Descending(string field) => new(field, "DESC");
}
