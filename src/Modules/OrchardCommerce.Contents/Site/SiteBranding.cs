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
            if (Text(fields[field]) is { } color && SafeColor().IsMatch(color)) colors[variable] = color;
        var siteName = Text(fields["SiteName"]) ?? (string?)item.FindPart(ContentModelCatalog.TitlePart)?["Title"] ?? item.DisplayText ?? "Site";
        var logo = (fields["Logo"]?["Paths"] as JsonArray)?.FirstOrDefault() is JsonValue p && p.TryGetValue<string>(out var path) ? path : null;
        return new SiteBranding(siteName, Text(fields["Tagline"]), logo, colors);
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
