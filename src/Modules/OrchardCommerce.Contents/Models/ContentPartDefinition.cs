using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Models;

/// <summary>A content part and its fields; the part named after a type holds that type's own fields.</summary>
public sealed class ContentPartDefinition
{
    public required string Name { get; init; }
    public JsonObject Settings { get; set; } = [];
    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    public static ContentPartDefinition FromJson(JsonObject json) => new()
    {
        Name = (string?)json["Name"] ?? throw new FormatException("A content part needs a Name."),
        Settings = json["Settings"]?.DeepClone() as JsonObject ?? [],
        Fields = (json["ContentPartFieldDefinitionRecords"] as JsonArray ?? [])
            .OfType<JsonObject>().Select(ContentPartFieldDefinition.FromJson).ToList(),
    };

    public JsonObject ToJson() => new()
    {
        ["Name"] = Name,
        ["Settings"] = Settings.DeepClone(),
        ["ContentPartFieldDefinitionRecords"] = new JsonArray(Fields.Select(f => (JsonNode)f.ToJson()).ToArray()),
    };
}
