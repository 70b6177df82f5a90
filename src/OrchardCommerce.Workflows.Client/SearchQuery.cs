using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>The body every /search endpoint takes: <c>{ filter?, sort?, page? }</c>.</summary>
internal sealed record SearchQuery(JsonObject? Filter, IReadOnlyList<SearchSort>? Sort, SearchPage? Page)
{
    // The typed fields and the advanced ones become one filter object. (System.Text.Json's JsonObject extension data
    // writes invalid JSON in .NET 10, hence the merge by hand.)
    public static SearchQuery Create<TFilter>(TFilter? filter, IReadOnlyList<SearchSort>? sort, SearchPage? page) where TFilter : class, ISearchFilter
    {
        if (filter is null) return new SearchQuery(null, sort, page);
        var merged = JsonSerializer.SerializeToNode(filter, CamundaJson.Options)!.AsObject();
        foreach (var (name, value) in filter.Advanced ?? []) merged[name] = value?.DeepClone();
        return new SearchQuery(merged, sort, page);
    }
}
