using static OrchardCommerce.GraphQL.Api.Data.Content.ContentFilterOperator;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// Which field kinds can be queried and how: what a schema offers as filter arguments and order fields, and what
/// <see cref="ContentQueryReader"/> accepts.
/// </summary>
public static class ContentValueKinds
{
    private static readonly Dictionary<string, ContentValueKind> Fields = new(StringComparer.Ordinal)
    {
        ["TextField"] = ContentValueKind.Text,
        ["HtmlField"] = ContentValueKind.Markup,
        ["MarkdownField"] = ContentValueKind.Markup,
        ["NumericField"] = ContentValueKind.Number,
        ["BooleanField"] = ContentValueKind.Boolean,
        ["DateField"] = ContentValueKind.Date,
        ["DateTimeField"] = ContentValueKind.Date,
        ["ContentPickerField"] = ContentValueKind.IdList,
    };

    /// <summary>The kind of values a field of <paramref name="fieldKind"/> ("TextField") holds; null when it cannot be queried (LinkField, MediaField).</summary>
    public static ContentValueKind? OfField(string fieldKind) => Fields.TryGetValue(fieldKind, out var kind) ? kind : null;

    /// <summary>The kind of one of <see cref="ContentProperty.Metadata"/>.</summary>
    public static ContentValueKind OfMetadata(ContentProperty property) => property.Name switch
    {
        "CreatedUtc" or "ModifiedUtc" or "PublishedUtc" => ContentValueKind.Instant,
        _ => ContentValueKind.Text,
    };

    public static bool Allows(ContentValueKind kind, ContentFilterOperator op) => kind switch
    {
        ContentValueKind.Text => true,
        ContentValueKind.Markup or ContentValueKind.IdList => op == Contains,
        ContentValueKind.Boolean => op == Eq,
        _ => op != Contains,
    };

    public static bool IsOrderable(ContentValueKind kind) => kind is not (ContentValueKind.Markup or ContentValueKind.IdList);
}
