using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>Typed reads of JSON members that report a wrong type under the member's path instead of throwing.</summary>
internal static class JsonFields
{
    public static string? String(JsonObject json, string name, string prefix, CatalogErrors errors, bool required)
    {
        var node = json[name];
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        if (node is null) { if (required) errors.Add(prefix + name, $"{name} is required."); }
        else errors.Add(prefix + name, "must be a string.");
        return null;
    }

    public static IReadOnlyList<string> Strings(JsonObject json, string name, string prefix, CatalogErrors errors)
    {
        var list = new List<string>();
        if (json[name] is null) return list;
        if (json[name] is not JsonArray array) { errors.Add(prefix + name, "must be an array of strings."); return list; }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String) list.Add(v.GetValue<string>());
            else errors.Add($"{prefix}{name}[{i}]", "must be a string.");
        }
        return list;
    }

    /// <summary>The objects of an array member with each one's path prefix ("variants[1].").</summary>
    public static IEnumerable<(JsonObject Item, string Path)> Objects(JsonObject json, string name, string prefix, CatalogErrors errors)
    {
        if (json[name] is null) yield break;
        if (json[name] is not JsonArray array) { errors.Add(prefix + name, "must be an array of objects."); yield break; }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item) yield return (item, $"{prefix}{name}[{i}].");
            else errors.Add($"{prefix}{name}[{i}]", "must be an object.");
        }
    }

    /// <summary>The members of an object member ("prices": { "USD": 100 }).</summary>
    public static IEnumerable<(string Name, JsonNode? Value)> Members(JsonObject json, string name, string prefix, CatalogErrors errors)
    {
        if (json[name] is null) return [];
        if (json[name] is not JsonObject obj) { errors.Add(prefix + name, "must be an object."); return []; }
        return obj.Select(m => (m.Key, m.Value)).ToList();
    }

    public static bool TryInteger(JsonNode? node, out long value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number) return false;
        if (v.TryGetValue(out long l)) { value = l; return true; }
        // A number held as double ("18900.0" is fine, "189.5" is not): accept only exact integers.
        if (v.TryGetValue(out double d) && d == Math.Floor(d) && Math.Abs(d) < 9e15) { value = (long)d; return true; }
        if (v.TryGetValue(out JsonElement e) && e.TryGetInt64(out l)) { value = l; return true; }
        return false;
    }
}
