using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Api.Schema.Naming;
using OrchardCommerce.GraphQL.Types;
using static OrchardCommerce.GraphQL.Api.Schema.Content.ContentFieldValues;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// A content type as GraphQL types. The type's own part (named after it) is flattened onto the type, as Orchard Core's
/// GraphQL does; title, route and body parts become title, path, htmlBody and markdownBody; other parts are fields of
/// their shared part type. A field whose name is taken gets a "Field" suffix, a part a "Part" suffix.
/// </summary>
internal sealed class ContentTypeBuilder(CommonTypes common, NameRegistry typeNames, InterfaceType contentItem,
    ContentFieldFactory fields, PartTypeBuilder partTypes)
{
    public ContentTypeModel Build(ContentTypeDefinition type, IReadOnlyDictionary<string, ContentPartDefinition> parts)
    {
        var name = typeNames.AllocateFamily(GraphQLNames.Pascal(type.Name), "Item", ["", "Filter", "Order", "OrderField", "Connection", "Edge"]);
        var fieldNames = new NameRegistry(ContentItemFields.Reserved);
        var output = new List<FieldDefinition>(ContentItemFields.Create());
        var filter = new List<InputValueDefinition>();
        var order = new List<EnumValueDefinition>();
        var orderNames = new NameRegistry();
        var map = new ContentFilterMap();
        void Filterable(string fieldName, ContentProperty property, ContentValueKind kind, InputObjectType? input = null)
        {
            filter.Add(new InputValueDefinition(fieldName, input ?? common.Filters.For(kind)));
            map.Properties[fieldName] = property;
            if (ContentValueKinds.IsOrderable(kind))
                order.Add(new EnumValueDefinition(orderNames.Allocate(GraphQLNames.ScreamingSnake(fieldName), "_"), property));
        }
        Filterable("id", ContentProperty.ContentItemId, ContentValueKind.Text, common.Filters.Id);
        Filterable("displayText", ContentProperty.DisplayText, ContentValueKind.Text);
        Filterable("createdUtc", ContentProperty.CreatedUtc, ContentValueKind.Instant);
        Filterable("modifiedUtc", ContentProperty.ModifiedUtc, ContentValueKind.Instant);
        Filterable("publishedUtc", ContentProperty.PublishedUtc, ContentValueKind.Instant);
        Filterable("owner", ContentProperty.Owner, ContentValueKind.Text);
        Filterable("author", ContentProperty.Author, ContentValueKind.Text);

        var routable = false;
        foreach (var typePart in type.Parts)
        {
            var partName = typePart.Name;
            switch (typePart.PartName)
            {
                case ContentModelCatalog.TitlePart:
                    output.Add(new("title", SpecifiedScalars.String) { Resolver = c => new(Text(((ContentItem)c.Source!).FindPart(partName)?["Title"])) });
                    continue;
                case ContentModelCatalog.AutoroutePart:
                    routable = true;
                    output.Add(new("path", SpecifiedScalars.String) { Resolver = c => new(Text(((ContentItem)c.Source!).FindPart(partName)?["Path"])) });
                    continue;
                case ContentModelCatalog.HtmlBodyPart:
                    output.Add(new("htmlBody", SpecifiedScalars.String)
                    {
                        Description = "Sanitized HTML, as stored.",
                        Resolver = c => new(Text(((ContentItem)c.Source!).FindPart(partName)?["Html"])),
                    });
                    continue;
                case ContentModelCatalog.MarkdownBodyPart:
                    output.Add(new("markdownBody", common.Markdown) { Resolver = c => new(Text(((ContentItem)c.Source!).FindPart(partName)?["Markdown"])) });
                    continue;
            }
            if (!parts.TryGetValue(typePart.PartName, out var part)) continue;
            if (typePart.PartName == type.Name)
            {
                foreach (var field in part.Fields)
                {
                    var fieldName = fieldNames.Allocate(GraphQLNames.Camel(field.Name), "Field");
                    if (fields.Create(fieldName, field, partName) is not { } definition) continue;
                    output.Add(definition);
                    if (ContentFieldFactory.KindOf(field) is { } kind) Filterable(fieldName, ContentProperty.Field(partName, field.Name), kind);
                }
                continue;
            }
            var partType = partTypes.Get(part);
            var partFieldName = fieldNames.Allocate(GraphQLNames.Camel(partName), "Part");
            output.Add(new(partFieldName, partType.Object.NonNull()) { Resolver = c => new(new PartSource((ContentItem)c.Source!, partName)) });
            if (partType.Filter is not null)
            {
                filter.Add(new InputValueDefinition(partFieldName, partType.Filter));
                map.Parts[partFieldName] = (partName, partType.FilterFields);
            }
            foreach (var fieldName in partType.OrderFields)
                order.Add(new EnumValueDefinition(orderNames.Allocate(GraphQLNames.ScreamingSnake(partName + "_" + fieldName), "_"),
                    ContentProperty.Field(partName, fieldName)));
        }

        var objectType = new ObjectType(name, () => output, () => [contentItem], 
            type.DisplayName.Length == 0 || type.DisplayName == type.Name ? $"Content type {type.Name}." : $"Content type {type.Name} ({type.DisplayName}).")
        {
            IsTypeOf = value => value is ContentItem item && item.ContentType == type.Name,
        };
        var orderField = new EnumType(name + "OrderField", order);
        var orderInput = new InputObjectType(name + "Order", () =>
        [
            new("field", orderField.NonNull()),
            new("direction", common.OrderDirection.NonNull()) { HasDefaultValue = true, DefaultValue = false },
        ], "Items without a value come first ascending and last descending; ties go by id.");
        return new ContentTypeModel
        {
            Definition = type,
            Object = objectType,
            Filter = new InputObjectType(name + "Filter", () => filter, "Every condition given must hold."),
            Order = orderInput,
            Connection = common.Connection<ContentItem>(name, objectType),
            FilterMap = map,
            Routable = routable,
        };
    }
}
