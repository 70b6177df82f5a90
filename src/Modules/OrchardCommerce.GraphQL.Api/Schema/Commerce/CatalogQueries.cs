using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Data.Paging;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>
/// The catalog's root fields. A page of products is one <see cref="StorefrontProductReader"/> call (variants, prices,
/// stock and content included, a fixed number of statements), so a product list has no N+1 whatever it selects.
/// </summary>
internal static class CatalogQueries
{
    public static IEnumerable<FieldDefinition> Create(CatalogTypes catalog) =>
    [
        new("products", catalog.ProductConnection.NonNull())
        {
            Description = "Active products, filtered by category, collection (handles) and search (title, handle or SKU).",
            Arguments =
            [
                CatalogTypes.First(), new("after", SpecifiedScalars.String), new("category", SpecifiedScalars.String),
                new("collection", SpecifiedScalars.String), new("search", SpecifiedScalars.String),
            ],
            Cost = 2,
            Resolver = async c => await ListAsync(c, new StorefrontProductQuery(c.Argument<string?>("category"), c.Argument<string?>("collection"),
                c.Argument<string?>("search"), c.Argument("first", 20), c.Argument<string?>("after"))),
        },
        new("product", catalog.Product)
        {
            Description = "An active product by handle; null for unknown, draft and archived ones alike.",
            Arguments = [new("handle", SpecifiedScalars.String.NonNull())],
            Resolver = async c =>
            {
                var handle = c.Argument("handle", "");
                return await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<StorefrontProductReader>().GetByHandleAsync(handle, cancellationToken: ct));
            },
        },
        new("categories", catalog.Category.NonNull().List().NonNull())
        {
            Description = "The category tree's roots, in display order; walk down with children.",
            Resolver = async c => (await CatalogTypes.TreeAsync(c)).Roots,
        },
        new("category", catalog.Category)
        {
            Arguments = [new("handle", SpecifiedScalars.String.NonNull())],
            Resolver = async c => (await CatalogTypes.TreeAsync(c)).Find(c.Argument("handle", "")),
        },
    ];

    public static async Task<object?> ListAsync(ResolveContext context, StorefrontProductQuery query) =>
        await StorefrontRead.RunAsync<Connection<StorefrontProduct>>(context,
            (s, ct) => s.GetRequiredService<StorefrontProductReader>().ListAsync(query, ct));
}
