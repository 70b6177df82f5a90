using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Api.Schema.Content;
using OrchardCommerce.GraphQL.Api.Schema.Layout;
using OrchardCommerce.GraphQL.Api.Schema.Naming;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema;

/// <summary>
/// Builds a tenant's storefront schema from its content definitions: layout, one object type and two root fields per
/// content type, and the catalog, cart and checkout when the tenant has Commerce. Fixed names are reserved first and
/// content types are named in ordinal order of their names, so the same definitions always give the same schema.
/// </summary>
public static class StorefrontSchemaFactory
{
    public static GraphQLSchema Build(IReadOnlyList<ContentTypeDefinition> types, IReadOnlyList<ContentPartDefinition> parts, bool hasCommerce)
    {
        var common = new CommonTypes();
        var typeNames = new NameRegistry([.. CommonTypes.Names, .. LayoutSchema.TypeNames, .. CommerceNames.Types]);
        var rootNames = new NameRegistry([.. LayoutSchema.RootFields, .. CommerceNames.RootFields]);
        var models = new Dictionary<string, ContentTypeModel>(StringComparer.Ordinal);
        var contentItem = ContentItemFields.Interface(name => models.TryGetValue(name, out var model) ? model.Object : null);
        var fields = new ContentFieldFactory(common, contentItem);
        var builder = new ContentTypeBuilder(common, typeNames, contentItem, fields, new PartTypeBuilder(typeNames, fields, common.Filters));
        var partsByName = new Dictionary<string, ContentPartDefinition>(StringComparer.Ordinal);
        foreach (var part in parts) partsByName[part.Name] = part;
        foreach (var type in types.OrderBy(t => t.Name, StringComparer.Ordinal)) models[type.Name] = builder.Build(type, partsByName);

        var queryFields = new List<FieldDefinition>(LayoutSchema.QueryFields(common, contentItem));
        var queries = new ContentQueries(common, rootNames);
        foreach (var model in models.Values) queryFields.AddRange(queries.Create(model));
        ObjectType? mutation = null;
        if (hasCommerce)
        {
            var commerce = new Commerce.CommerceSchema(common, models.GetValueOrDefault(Data.Catalog.ProductContentReader.ContentType)?.Object ?? (GraphQLType)contentItem);
            queryFields.AddRange(commerce.QueryFields());
            mutation = new ObjectType("Mutation", commerce.MutationFields, description: "Cart and checkout.");
        }
        var query = new ObjectType("Query", () => queryFields, description: "The tenant's storefront: layout, content and (with Commerce) the catalog, carts and orders.");
        // Every content type is listed, so a type that no root field returns (none today) still implements ContentItem.
        return new GraphQLSchema(query, mutation, types: [contentItem, .. models.Values.Select(m => m.Object)]);
    }
}
