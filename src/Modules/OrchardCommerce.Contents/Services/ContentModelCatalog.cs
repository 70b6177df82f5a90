namespace OrchardCommerce.Contents.Services;

/// <summary>The parts and field kinds this module implements; recipes naming anything else get it reported and skipped.</summary>
public static class ContentModelCatalog
{
    public const string TitlePart = "TitlePart";
    public const string AutoroutePart = "AutoroutePart";
    public const string HtmlBodyPart = "HtmlBodyPart";
    public const string MarkdownBodyPart = "MarkdownBodyPart";

    public static readonly IReadOnlySet<string> Parts = new HashSet<string>(StringComparer.Ordinal)
    {
        TitlePart, AutoroutePart, HtmlBodyPart, MarkdownBodyPart,
    };

    public static readonly IReadOnlySet<string> FieldKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "TextField", "HtmlField", "MarkdownField", "NumericField", "BooleanField", "DateField", "DateTimeField",
        "LinkField", "MediaField", "ContentPickerField",
    };

    /// <summary>
    /// Orchard Core field kinds we do not implement: a recipe naming one is reported and the field skipped.
    /// A kind that is neither ours nor Orchard's is a malformed recipe.
    /// </summary>
    public static readonly IReadOnlySet<string> OrchardOnlyFieldKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "TimeField", "MultiTextField", "UserPickerField", "TaxonomyField", "YoutubeField",
        "LocalizationSetContentPickerField", "GeoPointField",
    };

    public static bool IsSupportedField(string fieldKind) => FieldKinds.Contains(fieldKind);

    public static bool IsKnownField(string fieldKind) => IsSupportedField(fieldKind) || OrchardOnlyFieldKinds.Contains(fieldKind);

    /// <summary>
    /// Built-in parts, the type's own part (named after the type), and parts that exist only to hold fields
    /// (defined with fields in ContentParts). A field-less "XPart" we do not implement is Orchard code we lack.
    /// </summary>
    public static bool IsSupportedPart(string partName, string typeName, Func<string, bool> isFieldContainer) =>
        Parts.Contains(partName)
        || string.Equals(partName, typeName, StringComparison.Ordinal)
        || isFieldContainer(partName);
}
