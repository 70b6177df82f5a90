using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Contents.Models;

/// <summary>
/// One version of a content item: Orchard's metadata as properties, and its parts ("TitlePart", "&lt;Type&gt;", …)
/// in <see cref="Content"/>, kept in the order given so a round trip reproduces the same JSON.
/// </summary>
public sealed class ContentItem
{
    private static readonly string[] MetadataKeys =
        ["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
         "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author"];

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public JsonObject Content { get; set; } = [];

    /// <summary>The part's JSON object, created when missing.</summary>
    public JsonObject Part(string name) =>
        Content[name] as JsonObject ?? (JsonObject)(Content[name] = new JsonObject());

    public JsonObject? FindPart(string name) => Content[name] as JsonObject;

    public ContentItem Clone() => FromJson(ToJson());

    public static ContentItem FromJson(JsonObject json)
    {
        var item = new ContentItem
        {
            ContentItemId = (string?)json["ContentItemId"] ?? "",
            ContentItemVersionId = (string?)json["ContentItemVersionId"] ?? "",
            ContentType = (string?)json["ContentType"] ?? "",
            DisplayText = (string?)json["DisplayText"],
            Latest = json["Latest"] is JsonValue l && l.TryGetValue<bool>(out var latest) && latest,
            Published = json["Published"] is JsonValue p && p.TryGetValue<bool>(out var published) && published,
            ModifiedUtc = ParseDate(json["ModifiedUtc"]),
            PublishedUtc = ParseDate(json["PublishedUtc"]),
            CreatedUtc = ParseDate(json["CreatedUtc"]),
            Owner = (string?)json["Owner"],
            Author = (string?)json["Author"],
        };
        foreach (var (key, value) in json)
            if (!MetadataKeys.Contains(key)) item.Content[key] = value?.DeepClone();
        return item;
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = ContentItemId,
            ["ContentItemVersionId"] = ContentItemVersionId,
            ["ContentType"] = ContentType,
            ["DisplayText"] = DisplayText,
            ["Latest"] = Latest,
            ["Published"] = Published,
            ["ModifiedUtc"] = FormatDate(ModifiedUtc),
            ["PublishedUtc"] = FormatDate(PublishedUtc),
            ["CreatedUtc"] = FormatDate(CreatedUtc),
            ["Owner"] = Owner,
            ["Author"] = Author,
        };
        foreach (var (key, value) in Content) json[key] = value?.DeepClone();
        return json;
    }

    public static DateTime? ParseDate(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrEmpty(s)
            ? DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : null;

    /// <summary>ISO 8601 in UTC without trailing zero fractions: "2024-01-02T03:04:05Z" stays as written.</summary>
    public static string? FormatDate(DateTime? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
