using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Types;
using static OrchardCommerce.GraphQL.Api.Schema.Content.ContentFieldValues;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// A content field as a GraphQL field: its type from the field's kind, a resolver reading the item's JSON. Fields of a
/// part flattened onto its type read their part by a fixed name; fields of a part object type read it from <see cref="PartSource"/>.
/// </summary>
internal sealed class ContentFieldFactory(CommonTypes common, InterfaceType contentItem)
{
    /// <returns>Null for a field kind the storefront cannot show (one Orchard has and we do not implement).</returns>
    public FieldDefinition? Create(string name, ContentPartFieldDefinition field, string? fixedPart)
    {
        (ContentItem Item, string Part) Locate(ResolveContext c) => fixedPart is null
            ? (((PartSource)c.Source!).Item, ((PartSource)c.Source!).PartName)
            : ((ContentItem)c.Source!, fixedPart);
        Func<ResolveContext, System.Text.Json.Nodes.JsonObject?> value = c => { var (item, part) = Locate(c); return Field(item, part, field.Name); };
        var description = field.DisplayName == field.Name ? $"{field.FieldName} {field.Name}." : $"{field.DisplayName} ({field.FieldName} {field.Name}).";
        return field.FieldName switch
        {
            "TextField" => new(name, SpecifiedScalars.String) { Description = description, Resolver = c => new(Text(value(c)?["Text"])) },
            "HtmlField" => new(name, SpecifiedScalars.String)
            {
                Description = description + " Sanitized HTML, as stored.",
                Resolver = c => new(Text(value(c)?["Html"])),
            },
            "MarkdownField" => new(name, common.Markdown) { Description = description, Resolver = c => new(Text(value(c)?["Markdown"])) },
            "NumericField" => new(name, CustomScalars.Decimal) { Description = description, Resolver = c => new(Number(value(c)?["Value"])) },
            "BooleanField" => new(name, SpecifiedScalars.Boolean) { Description = description, Resolver = c => new(Boolean(value(c)?["Value"])) },
            "DateField" or "DateTimeField" => new(name, CustomScalars.DateTime) { Description = description, Resolver = c => new(Date(value(c)?["Value"])) },
            "LinkField" => new(name, common.Link) { Description = description, Resolver = c => new(Link(value(c))) },
            "MediaField" => new(name, common.Media.NonNull().List().NonNull())
            {
                Description = description,
                Resolver = c => new(Media(value(c), PathBase(c))),
            },
            "ContentPickerField" => new(name, contentItem.NonNull().List().NonNull())
            {
                Description = description + " The picked items that exist in the version shown, in the order picked.",
                Resolver = async c =>
                {
                    var (item, part) = Locate(c);
                    return await PickedItems.LoadAsync(c, PickedIds(Field(item, part, field.Name)), StorefrontAccess.PickedStatus(item));
                },
            },
            _ => null,
        };
    }

    /// <summary>The kind a filter or order on this field compares by; null when it cannot be queried.</summary>
    public static ContentValueKind? KindOf(ContentPartFieldDefinition field) => ContentValueKinds.OfField(field.FieldName);

    // Media URLs carry the tenant's path prefix when the request came through one.
    private static string PathBase(ResolveContext context) =>
        context.Services?.GetService<IHttpContextAccessor>()?.HttpContext?.Request.PathBase.Value ?? "";
}
