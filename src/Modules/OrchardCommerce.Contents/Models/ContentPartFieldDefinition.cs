using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Models;

/// <summary>A field on a part: its kind (FieldName, e.g. "TextField"), its name, and its settings by section.</summary>
public sealed record ContentPartFieldDefinition(string FieldName, string Name, JsonObject Settings)
{
    public static ContentPartFieldDefinition FromJson(JsonObject json)
    {
        var kind = (string?)json["FieldName"] ?? throw new FormatException("A field record needs a FieldName.");
        var name = (string?)json["Name"] ?? throw new FormatException("A field record needs a Name.");
        return new(kind, name, json["Settings"]?.DeepClone() as JsonObject ?? []);
    }

    public JsonObject ToJson() => new()
    {
        ["FieldName"] = FieldName,
        ["Name"] = Name,
        ["Settings"] = Settings.DeepClone(),
    };

    public string DisplayName => (string?)(Settings["ContentPartFieldSettings"]?["DisplayName"] as JsonValue) is { Length: > 0 } d ? d : Name;

    /// <summary>A setting of this field's kind (e.g. "TextFieldSettings"."Required").</summary>
    public JsonNode? Setting(string key) => Settings[FieldName + "Settings"]?[key];

    public bool Flag(string key) => Setting(key) switch
    {
        JsonValue v when v.GetValueKind() is JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() is JsonValueKind.String => bool.TryParse(v.GetValue<string>(), out var b) && b,
        _ => false,
    };

    /// <summary>Orchard writes numbers in settings sometimes as strings ("Position":"0"); accept both.</summary>
    public decimal? Number(string key)
    {
        var text = Setting(key) switch
        {
            JsonValue v when v.GetValueKind() is JsonValueKind.Number => v.ToJsonString(),
            JsonValue v when v.GetValueKind() is JsonValueKind.String => v.GetValue<string>(),
            _ => null,
        };
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    public string? Text(string key) => Setting(key) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
