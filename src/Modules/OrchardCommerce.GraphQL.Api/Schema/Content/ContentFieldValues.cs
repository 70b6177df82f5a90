using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Contents.Site;
using OrchardCommerce.GraphQL.Api.Schema.Common;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// A field's value as GraphQL returns it, read from the field's JSON object in the item (Orchard's shapes: Text, Html,
/// Markdown, Value, Url/Text, Paths/MediaTexts, ContentItemIds). Values of the wrong JSON type read as null rather than
/// failing the whole item: stored content predates the definitions that describe it.
/// </summary>
internal static class ContentFieldValues
{
    private const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    public static JsonObject? Field(ContentItem item, string part, string field) => item.FindPart(part)?[field] as JsonObject;

    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static decimal? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static bool? Boolean(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    /// <summary>DateField holds "2024-05-01", DateTimeField an ISO date-time, usually without offset: both are read as UTC.</summary>
    public static DateTimeOffset? Date(JsonNode? node) =>
        Text(node) is { Length: > 0 } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, Utc, out var instant) ? instant : null;

    public static LinkValue? Link(JsonObject? field) =>
        Text(field?["Url"]) is { Length: > 0 } url && HtmlSanitizer.IsSafeUrl(url) ? new LinkValue(url, Text(field?["Text"])) : null;

    public static List<MediaValue> Media(JsonObject? field, string pathBase)
    {
        var media = new List<MediaValue>();
        var texts = field?["MediaTexts"] as JsonArray;
        if (field?["Paths"] is not JsonArray paths) return media;
        for (var i = 0; i < paths.Count; i++)
            if (Text(paths[i]) is { Length: > 0 } path && HtmlSanitizer.IsSafeUrl(path))
                media.Add(new MediaValue(path, ContentHtmlRenderer.MediaUrl(path, pathBase), i < (texts?.Count ?? 0) ? Text(texts![i]) : null));
        return media;
    }

    public static List<string> PickedIds(JsonObject? field)
    {
        var ids = new List<string>();
        if (field?["ContentItemIds"] is JsonArray picked)
            foreach (var node in picked)
                if (Text(node) is { Length: > 0 } id) ids.Add(id);
        return ids;
    }
}
