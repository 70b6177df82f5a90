using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Rest.Http;

namespace OrchardCommerce.Workflows.Rest.Search;

/// <summary>The {filter, sort, page} body every /search endpoint takes; pages by offset or by opaque cursor.</summary>
internal sealed record SearchRequest(JsonObject Filter, IReadOnlyList<(string Field, bool Descending)> Sort, int From, int Limit)
{
    public const int DefaultLimit = 100;

    public static SearchRequest Parse(RestBody body)
    {
        var filter = body.Object("filter") ?? [];
        var sort = new List<(string, bool)>();
        if (body.Json["sort"] is JsonArray sorts)
            foreach (var entry in sorts.OfType<JsonObject>())
            {
                var field = (string?)entry["field"] ?? throw new BadRequestException("No sort field provided.");
                var order = ((string?)entry["order"] ?? "ASC").ToUpperInvariant();
                if (order is not ("ASC" or "DESC")) throw new BadRequestException($"Unknown sort order '{order}'; expected ASC or DESC.");
                sort.Add((field, order == "DESC"));
            }
        var page = body.Object("page") ?? [];
        var limit = page["limit"] is JsonValue l && l.TryGetValue(out int given) ? given : DefaultLimit;
        if (limit < 1) throw new BadRequestException($"The value for page.limit is '{limit}' but must be greater than 0.");
        var from = page["from"] is JsonValue f && f.TryGetValue(out int offset) ? offset : 0;
        if ((string?)page["after"] is { } after) from = Cursor(after);
        else if ((string?)page["before"] is { } before) from = Math.Max(0, Cursor(before) - 1 - limit);
        if (from < 0) throw new BadRequestException($"The value for page.from is '{from}' but must be 0 or greater.");
        return new SearchRequest(filter, sort, from, limit);
    }

    /// <summary>A cursor names an item's position; "after" it starts at the next one.</summary>
    public static string CursorOf(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes("p:" + position.ToString(CultureInfo.InvariantCulture)));

    private static int Cursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("p:", StringComparison.Ordinal) && int.TryParse(text[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return position + 1;
        }
        catch (FormatException) { }
        throw new BadRequestException($"The provided cursor '{cursor}' is not valid.");
    }
}
