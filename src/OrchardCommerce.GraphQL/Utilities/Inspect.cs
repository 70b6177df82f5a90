using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>
/// Prints a value for an error message the way graphql-js's inspect() prints the JavaScript value it would hold:
/// strings JSON-quoted, lists as [a, b], input objects as { a: 1 }, nesting cut off after two levels.
/// </summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Value(object? value) => Format(value, 0);

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, JsonInput.QuoteOptions),
        bool b => b ? "true" : "false",
        double d => JsNumber.Format(d),
        float f => JsNumber.Format(f),
        decimal m => JsNumber.Format((double)m),
        int or long or short or byte or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        JsonElement element => Format(JsonInput.FromJson(element), depth),
        IReadOnlyDictionary<string, object?> map => FormatObject(map, depth),
        IEnumerable list => FormatList(list.Cast<object?>().ToList(), depth),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static string FormatObject(IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0) return "{}";
        if (depth >= MaxRecursiveDepth) return "[Object]";
        return "{ " + string.Join(", ", map.Select(p => p.Key + ": " + Format(p.Value, depth + 1))) + " }";
    }

    private static string FormatList(IReadOnlyList<object?> list, int depth)
    {
        if (list.Count == 0) return "[]";
        if (depth >= MaxRecursiveDepth) return "[Array]";
        var items = list.Take(MaxArrayLength).Select(v => Format(v, depth + 1)).ToList();
        var remaining = list.Count - MaxArrayLength;
        if (remaining == 1) items.Add("... 1 more item");
        else if (remaining > 1) items.Add($"... {remaining} more items");
        return "[" + string.Join(", ", items) + "]";
    }
}
