using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;
using static OrchardCommerce.GraphQL.Api.Data.Content.ContentJsonSql;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// Finds a property on one content type through its definition: a field lives in the item's JSON under the part's
/// name on the type (ContentTypePartDefinition.Name), and its kind comes from the part's definition (PartName).
/// </summary>
internal sealed class ContentPropertyResolver(ContentTypeDefinition type, IReadOnlyDictionary<string, ContentPartDefinition> parts, SqlDialect dialect)
{
    public ResolvedProperty Resolve(ContentProperty property, string argument)
    {
        if (!property.IsField) return Column(property, argument);
        var typePart = type.Parts.FirstOrDefault(p => p.Name == property.Part)
            ?? throw new StorefrontQueryException(argument, $"{type.Name} has no part '{property.Part}'.");
        var field = parts.GetValueOrDefault(typePart.PartName)?.Fields.FirstOrDefault(f => f.Name == property.Name)
            ?? throw new StorefrontQueryException(argument, $"{type.Name}'s part '{property.Part}' has no field '{property.Name}'.");
        if (ContentValueKinds.OfField(field.FieldName) is not { } kind || !IsPlainName(typePart.Name) || !IsPlainName(field.Name))
            throw new StorefrontQueryException(argument, $"{property} is a {field.FieldName}, which cannot be queried.");
        var (part, name) = (typePart.Name, field.Name);
        return kind switch
        {
            ContentValueKind.Text => new(property, kind, Ordinal(dialect, Text(dialect, part, name, "Text"))),
            ContentValueKind.Markup => new(property, kind, Ordinal(dialect, Text(dialect, part, name, field.FieldName == "HtmlField" ? "Html" : "Markdown"))),
            ContentValueKind.Number => new(property, kind, Number(dialect, part, name, "Value")),
            ContentValueKind.Boolean => new(property, kind, Boolean(dialect, part, name, "Value")),
            ContentValueKind.Date => new(property, kind, Ordinal(dialect, Text(dialect, part, name, "Value"))),
            _ => new(property, kind, null, parameter => ArrayContains(dialect, part, name, "ContentItemIds", parameter)),
        };
    }

    private ResolvedProperty Column(ContentProperty property, string argument)
    {
        var column = property.Name switch
        {
            "DisplayText" => "display_text",
            "CreatedUtc" => "created_utc",
            "ModifiedUtc" => "modified_utc",
            "PublishedUtc" => "published_utc",
            "Owner" => "owner",
            "Author" => "author",
            "ContentItemId" => "content_item_id",
            _ => throw new StorefrontQueryException(argument, $"Content items have no property '{property.Name}'."),
        };
        var kind = ContentValueKinds.OfMetadata(property);
        var expression = "content_items." + column;
        return new(property, kind, kind == ContentValueKind.Text ? Ordinal(dialect, expression) : expression);
    }
}
