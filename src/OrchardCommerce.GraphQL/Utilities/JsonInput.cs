using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>
/// Variables as the engine reads them: JSON turned into plain values — null, bool, double (JSON has one number type,
/// as JavaScript does), string, List&lt;object?&gt; and Dictionary&lt;string, object?&gt; in document order.
/// </summary>
public static class JsonInput
{
    /// <summary>Quotes strings as JSON.stringify does: only quotes, backslashes and control characters escaped.</summary>
    public static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        _ => ToMap(element),
    };

    /// <summary>Reads a variables object; a repeated key keeps its last value, as JSON.parse does.</summary>
    public static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            map[property.Name] = FromJson(property.Value);
        return map;
    }
}
