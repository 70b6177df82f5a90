using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Models;

/// <summary>A part attached to a type: the part's kind (PartName), its name on the type, and per-type settings.</summary>
public sealed record ContentTypePartDefinition(string PartName, string Name, JsonObject Settings)
{
    public static ContentTypePartDefinition FromJson(JsonObject json)
    {
        var partName = (string?)json["PartName"] ?? throw new FormatException("A part record needs a PartName.");
        return new(partName, (string?)json["Name"] ?? partName, json["Settings"]?.DeepClone() as JsonObject ?? []);
    }

    public JsonObject ToJson() => new()
    {
        ["PartName"] = PartName,
        ["Name"] = Name,
        ["Settings"] = Settings.DeepClone(),
    };
}
