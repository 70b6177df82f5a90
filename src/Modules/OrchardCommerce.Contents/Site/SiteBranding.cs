using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Site;

/// <summary>A tenant's look, from its published "Branding" item: colours, logo, site name and tagline.</summary>
public sealed partial record SiteBranding(string SiteName, string? Tagline, string? LogoPath, IReadOnlyDictionary<string, string> Colors)
{
    public const string ContentType = "Branding";

    public static readonly SiteBranding Default = new("Site", null, null, new Dictionary<string, string>());

    public static async Task<SiteBranding> LoadAsync(ContentManager content, CancellationToken cancellationToken)
    {
        var result = await content.QueryAsync(ContentType, VersionOptions.Published, 1, 1, cancellationToken);
        if (result.Items.FirstOrDefault() is not { } item) return Default;
        var fields = item.FindPart(ContentType) ?? [];
        var colors = new Dictionary<string, string>();
        foreach (var (field, variable) in new[] { ("PrimaryColor", "primary"), ("SecondaryColor", "secondary"), ("AccentColor", "accent") })
            if (Text(fields[field]) is { } color && SafeColor().IsMatch(color))
            {
                colors[variable] = color;
                if (ReadableTextOn(color) is { } text) colors["on-" + variable] = text;
            }
        var siteName = Text(fields["SiteName"]) ?? (string?)item.FindPart(ContentModelCatalog.TitlePart)?["Title"] ?? item.DisplayText ?? "Site";
        var logo = (fields["Logo"]?["Paths"] as JsonArray)?.FirstOrDefault() is JsonValue p && p.TryGetValue<string>(out var path) ? path : null;
        return new SiteBranding(siteName, Text(fields["Tagline"]), logo, colors);
    }

    /// <summary>
    /// Dark or white text, whichever reads better on a #rgb/#rrggbb background (WCAG relative luminance; the
    /// 0.179 threshold is where both choices have equal contrast). Null for named or functional colours.
    /// </summary>
    internal static string? ReadableTextOn(string color)
    {
        var hex = color.TrimStart('#');
        if (!color.StartsWith('#') || hex.Length is not (3 or 6)) return null;
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        double Channel(int offset)
        {
            var c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        return luminance > 0.179 ? "#111827" : "#ffffff";
    }

    /// <summary>A text-like field's value: TextField "Text", or "Color"/"Value" for colour pickers.</summary>
    private static string? Text(JsonNode? field)
    {
        foreach (var key in new[] { "Text", "Color", "Value" })
            if (field?[key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)) return s.Trim();
        return null;
    }

    // Only plain colour syntax reaches the style sheet, so a field value can never close the rule and add its own.
    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|rgba|hsl|hsla)\([0-9.,%\s]{1,60}\))$")]
    private static partial Regex SafeColor();
}
