using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// How resolver results are read: JSON leaves (JsonElement, JsonValue) become the plain values graphql-js would hold
/// (numbers as double), JSON objects and arrays stay as they are for fields and items to be read from.
/// </summary>
internal static class ResultValues
{
    public static object? Normalize(object? value) => value switch
    {
        JsonElement element => element.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.String => element.GetString(),
            _ => element,
        },
        JsonValue node => node.TryGetValue<JsonElement>(out var element) ? Normalize(element) : node.GetValue<object>(),
        _ => value,
    };

    /// <summary>The items of a list value, or null when it is not iterable (graphql-js isIterableObject: not strings or maps).</summary>
    public static IList? AsList(object value) => value switch
    {
        string or IReadOnlyDictionary<string, object?> or JsonObject => null,
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => (object?)e).ToList(),
        JsonElement => null,
        IList list => list,
        IEnumerable items => items.Cast<object?>().ToList(),
        _ => null,
    };

    /// <summary>A string "__typename" on a map-like value: how the default type resolver tells the runtime type.</summary>
    public static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("__typename", out var name)
            && name.ValueKind == JsonValueKind.String => name.GetString(),
        JsonObject node when node.TryGetPropertyValue("__typename", out var name) && name is JsonValue text
            && text.TryGetValue<string>(out var typeName) => typeName,
        _ => null,
    };
}
