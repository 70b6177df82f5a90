using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// What a published ProductContent item owns and the commerce product shows: the body as description (Markdown, or
/// HTML for an item with an HTML body), the SEO fields and the media paths.
/// </summary>
public sealed record ContentOwnedFields(string? Description, string? SeoTitle, string? SeoDescription, IReadOnlyList<string> Media)
{
    public static ContentOwnedFields From(ContentItem item)
    {
        var part = item.FindPart(MirrorFields.Part);
        var description = (string?)(item.FindPart("MarkdownBodyPart")?["Markdown"] as JsonValue)
            ?? (string?)(item.FindPart("HtmlBodyPart")?["Html"] as JsonValue);
        var media = (part?["Images"]?["Paths"] as JsonArray)?.Select(p => (string?)p).OfType<string>().ToList() ?? [];
        return new ContentOwnedFields(description, Text(part, "SeoTitle"), Text(part, "SeoDescription"), media);
    }

    private static string? Text(JsonObject? part, string field) => (string?)(part?[field]?["Text"] as JsonValue);
}
