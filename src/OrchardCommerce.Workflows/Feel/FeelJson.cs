using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Feel;

/// <summary>
/// Converts between the engine's JSON variables and FEEL values: null, bool, decimal, string,
/// <c>List&lt;object?&gt;</c> and contexts as <c>OrderedDictionary&lt;string, object?&gt;</c>.
/// </summary>
public static class FeelJson
{
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => ToContext(obj),
        JsonArray array => array.Select(FromJson).ToList(),
        JsonValue value => FromValue(value),
        _ => null,
    };

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        decimal d => ToJsonNumber(d),
        string s => JsonValue.Create(s),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
        IEnumerable<object?> list => new JsonArray(list.Select(ToJson).ToArray()),
        FeelRange range => new JsonObject
        {
            ["start"] = ToJson(range.Low), ["startIncluded"] = range.LowClosed,
            ["end"] = ToJson(range.High), ["endIncluded"] = range.HighClosed,
        },
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>Removes trailing zeros so 3.0 and 3 give the same JSON, as FEEL compares them equal.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static JsonNode ToJsonNumber(decimal value)
    {
        var normalized = Normalize(value);
        return normalized == decimal.Truncate(normalized) && Math.Abs(normalized) < long.MaxValue
            ? JsonValue.Create((long)normalized)
            : JsonValue.Create(normalized);
    }

    private static OrderedDictionary<string, object?> ToContext(JsonObject obj)
    {
        var context = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in obj)
        {
            context[key] = FromJson(value);
        }

        return context;
    }

    // Values built in code (JsonValue.Create(5)) are not backed by a JsonElement, so go through their JSON text.
    private static object? FromValue(JsonValue value) =>
        value.TryGetValue<JsonElement>(out var element) ? FromElement(element) : FromElement(JsonElement.Parse(value.ToJsonString()));

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var d) ? d : (decimal?)null,
        JsonValueKind.Object or JsonValueKind.Array => FromJson(JsonNode.Parse(element.GetRawText())),
        _ => null,
    };
}
