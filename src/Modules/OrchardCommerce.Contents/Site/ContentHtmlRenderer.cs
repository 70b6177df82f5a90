using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Site;

/// <summary>
/// An item's body as HTML: its HTML or Markdown body, then its fields in definition order; picked items are
/// rendered nested (a Page's Hero shows its HeroSection). Every text is encoded; markup comes from the sanitizer.
/// </summary>
public sealed class ContentHtmlRenderer(ContentManager content, ContentDefinitionStore definitions, HtmlSanitizer sanitizer, MarkdownRenderer markdown)
{
    private const int MaxDepth = 3;
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public async Task RenderAsync(ContentItem item, StringBuilder html, string pathBase, int depth, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        if (type is null) return;
        foreach (var typePart in type.Parts)
        {
            var part = item.FindPart(typePart.Name);
            switch (typePart.PartName)
            {
                case ContentModelCatalog.TitlePart or ContentModelCatalog.AutoroutePart:
                    break;
                case ContentModelCatalog.HtmlBodyPart:
                    html.Append("<div class=\"body\">").Append(sanitizer.Sanitize((string?)part?["Html"])).Append("</div>");
                    break;
                case ContentModelCatalog.MarkdownBodyPart:
                    html.Append("<div class=\"body\">").Append(markdown.ToHtml((string?)part?["Markdown"])).Append("</div>");
                    break;
                default:
                    if (await definitions.GetPartAsync(typePart.PartName, cancellationToken) is { } definition && part is not null)
                        foreach (var field in definition.Fields)
                            await RenderFieldAsync(field, part[field.Name] as JsonObject, html, pathBase, depth, cancellationToken);
                    break;
            }
        }
    }

    private async Task RenderFieldAsync(ContentPartFieldDefinition field, JsonObject? value, StringBuilder html, string pathBase, int depth, CancellationToken cancellationToken)
    {
        if (value is null) return;
        var css = $"field field-{Encoder.Encode(field.Name.ToLowerInvariant())}";
        switch (field.FieldName)
        {
            case "TextField" when Str(value["Text"]) is { } text:
                var tag = field.Name.Equals("Headline", StringComparison.OrdinalIgnoreCase) ? "h2" : "p";
                html.Append($"<{tag} class=\"{css}\">{Label(field, depth)}{Encoder.Encode(text)}</{tag}>");
                break;
            case "HtmlField":
                html.Append($"<div class=\"{css}\">{sanitizer.Sanitize(Str(value["Html"]))}</div>");
                break;
            case "MarkdownField":
                html.Append($"<div class=\"{css}\">{markdown.ToHtml(Str(value["Markdown"]))}</div>");
                break;
            case "LinkField" when Str(value["Url"]) is { } url && HtmlSanitizer.IsSafeUrl(url):
                html.Append($"<a class=\"{css}\" href=\"{Encoder.Encode(Url(url, pathBase))}\">{Encoder.Encode(Str(value["Text"]) ?? url)}</a>");
                break;
            case "MediaField":
                var texts = value["MediaTexts"] as JsonArray;
                var paths = (value["Paths"] as JsonArray ?? []).Select(Str).ToList();
                for (var i = 0; i < paths.Count; i++)
                    if (paths[i] is { } path && HtmlSanitizer.IsSafeUrl(path))
                        html.Append($"<img class=\"{css}\" src=\"{Encoder.Encode(MediaUrl(path, pathBase))}\" alt=\"{Encoder.Encode(Str(texts?.ElementAtOrDefault(i)) ?? "")}\">");
                break;
            case "ContentPickerField" when depth < MaxDepth:
                foreach (var id in (value["ContentItemIds"] as JsonArray ?? []).Select(Str).OfType<string>())
                    if (await content.GetAsync(id, VersionOptions.Published, cancellationToken) is { } picked)
                    {
                        html.Append($"<section class=\"{css} content-{Encoder.Encode(picked.ContentType.ToLowerInvariant())}\">");
                        await RenderAsync(picked, html, pathBase, depth + 1, cancellationToken);
                        html.Append("</section>");
                    }
                break;
            case "NumericField" or "BooleanField" or "DateField" or "DateTimeField" when value["Value"] is JsonValue v:
                html.Append($"<p class=\"{css}\">{Label(field, depth)}{Encoder.Encode(Display(field, v))}</p>");
                break;
        }
    }

    /// <summary>
    /// A page's own fields carry their display name ("Price 189.00"); fields of a picked item (a hero) read as
    /// that item's prose, so they go unlabelled, and so does a headline.
    /// </summary>
    private static string Label(ContentPartFieldDefinition field, int depth) =>
        depth > 0 || field.Name.Equals("Headline", StringComparison.OrdinalIgnoreCase)
            ? ""
            : $"<span class=\"label\">{Encoder.Encode(field.DisplayName)}</span> ";

    private static string Display(ContentPartFieldDefinition field, JsonValue value) => field.FieldName switch
    {
        "BooleanField" => value.GetValueKind() == System.Text.Json.JsonValueKind.True ? "Yes" : "No",
        "NumericField" when value.TryGetValue<decimal>(out var number) && field.Number("Scale") is { } scale =>
            number.ToString("F" + (int)Math.Clamp(scale, 0, 10), System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Media paths are relative to the tenant's media folder unless they are already URLs.</summary>
    public static string MediaUrl(string path, string pathBase) =>
        path.Contains("://", StringComparison.Ordinal) || path.StartsWith('/') ? Url(path, pathBase) : $"{pathBase}/media/{path}";

    private static string Url(string url, string pathBase) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? pathBase + url : url;

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
