using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Rest.Search;

/// <summary>
/// The plain equality filters the engine can answer itself (cheaper than reading every row); whatever else the
/// filter says is applied to the results by <see cref="JsonFilter"/> afterwards, so pushing down never changes them.
/// </summary>
internal static class Pushdown
{
    /// <summary>Pushed-down searches fetch every candidate; paging happens after the full filter.</summary>
    public const int All = 10_000;

    public static string? String(JsonObject filter, string field) =>
        filter[field] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public static long? Key(JsonObject filter, string field) => filter[field] switch
    {
        JsonValue value when value.TryGetValue(out string? text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key) => key,
        JsonValue value when value.TryGetValue(out long number) => number,
        _ => null,
    };
}
