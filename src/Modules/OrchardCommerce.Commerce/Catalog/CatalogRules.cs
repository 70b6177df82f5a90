using System.Text.RegularExpressions;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>The formats shared by products, categories, collections and locations.</summary>
public static partial class CatalogRules
{
    public const int MaxHandleLength = 200;
    public const int MaxTitleLength = 500;
    public const int MaxSkuLength = 100;

    /// <summary>Lower-case words joined by single hyphens: safe in URLs and the same as ProductContent's handle pattern.</summary>
    public static bool IsHandle(string? value) => value is { Length: > 0 and <= MaxHandleLength } && HandlePattern().IsMatch(value);

    /// <summary>ISO 4217 shape: three upper-case letters A–Z.</summary>
    public static bool IsCurrency(string? value) => value is { Length: 3 } && value.All(c => c is >= 'A' and <= 'Z');

    public static bool IsSku(string? value) =>
        value is { Length: > 0 and <= MaxSkuLength } && !value.Any(char.IsWhiteSpace) && !value.Any(char.IsControl);

    public const string HandleMessage = "must be lower-case letters and digits in words joined by single hyphens (\"summit-down-jacket\"), at most 200 characters.";
    public const string SkuMessage = "must be 1–100 characters without spaces.";
    public const string CurrencyMessage = "must be an ISO 4217 code of three upper-case letters (\"USD\").";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex HandlePattern();
}
