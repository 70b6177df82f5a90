using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Models;

/// <summary>A content type as Orchard's ContentDefinition step spells it; settings are kept verbatim.</summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; init; }
    public string DisplayName { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    public ContentTypePartDefinition? FindPart(string partName) =>
        Parts.FirstOrDefault(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));

    public bool HasPart(string partName) => FindPart(partName) is not null;

    /// <summary>A flag of ContentTypeSettings (Creatable, Listable, Draftable, Versionable, …).</summary>
    public bool TypeSetting(string key) =>
        Settings["ContentTypeSettings"]?[key] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public string? Stereotype => (string?)(Settings["ContentTypeSettings"]?["Stereotype"] as JsonValue);

    public static ContentTypeDefinition FromJson(JsonObject json) => new()
    {
        Name = (string?)json["Name"] ?? throw new FormatException("A content type needs a Name."),
        DisplayName = (string?)json["DisplayName"] ?? (string)json["Name"]!,
        Settings = json["Settings"]?.DeepClone() as JsonObject ?? [],
        Parts = (json["ContentTypePartDefinitionRecords"] as JsonArray ?? [])
            .OfType<JsonObject>().Select(ContentTypePartDefinition.FromJson).ToList(),
    };

    /// <summary>Orchard's key order, so an export reads like one from Orchard.</summary>
    public JsonObject ToJson() => new()
    {
        ["Name"] = Name,
        ["DisplayName"] = DisplayName,
        ["Settings"] = Settings.DeepClone(),
        ["ContentTypePartDefinitionRecords"] = new JsonArray(Parts.Select(p => (JsonNode)p.ToJson()).ToArray()),
    };
}
