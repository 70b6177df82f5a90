using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Rest.Search;

/// <summary>Filters, sorts and pages result items into the {items, page} answer of every /search endpoint.</summary>
internal static class SearchResults
{
    public static JsonObject Page(IEnumerable<JsonObject> candidates, SearchRequest request)
    {
        IEnumerable<JsonObject> matching = candidates.Where(item => JsonFilter.Matches(item, request.Filter));
        if (request.Sort.Count > 0)
        {
            var (first, firstDescending) = request.Sort[0];
            var ordered = firstDescending ? matching.OrderByDescending(i => Key(i, first)) : matching.OrderBy(i => Key(i, first));
            foreach (var (field, descending) in request.Sort.Skip(1))
                ordered = descending ? ordered.ThenByDescending(i => Key(i, field)) : ordered.ThenBy(i => Key(i, field));
            matching = ordered;
        }
        var all = matching.ToList();
        var page = all.Skip(request.From).Take(request.Limit).ToList();
        var info = new JsonObject { ["totalItems"] = all.Count, ["hasMoreTotalItems"] = false };
        if (page.Count > 0)
        {
            info["startCursor"] = SearchRequest.CursorOf(request.From);
            info["endCursor"] = SearchRequest.CursorOf(request.From + page.Count - 1);
        }
        return new JsonObject { ["items"] = new JsonArray([.. page]), ["page"] = info };
    }

    // Numbers (keys are decimal strings of equal-ish length) sort numerically; the rest as text.
    private static IComparable Key(JsonObject item, string field) => item[field] switch
    {
        null => "",
        JsonValue v when v.TryGetValue(out string? text) => long.TryParse(text, out var number) ? number.ToString("D20") : text,
        JsonValue v when v.TryGetValue(out decimal number) => number.ToString("0000000000000000000.##########"),
        var node => node.ToJsonString(),
    };
}
