using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Catalog;

namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// The store's catalog under /api/store, open to anyone: active products only (a draft's handle answers 404 like an
/// unknown one), with prices and stock available to sell, plus the category tree and collections.
/// </summary>
public static class StoreCatalogApi
{
    public static IEndpointRouteBuilder MapStoreCatalogApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/store").AllowAnonymous().WithTags("Store");
        api.MapGet("/products", ListAsync).WithName("ListStoreProducts").Produces<ProductPage<StoreProduct>>().ProducesValidationProblem();
        api.MapGet("/products/{handle}", async (string handle, [FromServices] StoreCatalogReader reader, CancellationToken ct) =>
            await reader.GetAsync(handle, ct) is { } product ? Results.Ok(product) : CatalogProblems.NotFound($"Product '{handle}'"))
            .WithName("GetStoreProduct").Produces<StoreProduct>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/categories", async ([FromServices] CategoryService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(ct)).Select(c => new { c.Handle, c.Title, c.Parent, c.Position })))
            .WithName("ListStoreCategories").Produces<IReadOnlyList<CatalogCategory>>();
        api.MapGet("/collections", async ([FromServices] CollectionService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(ct)).Select(c => new { c.Handle, c.Title })))
            .WithName("ListStoreCollections").Produces<IReadOnlyList<CatalogCollection>>();
        return routes;
    }

    private static async Task<IResult> ListAsync(int? first, string? after, int? page, int? pageSize, string? search,
        string? category, string? collection, [FromServices] StoreCatalogReader reader, CancellationToken cancellationToken)
    {
        var (query, problem) = CatalogProblems.Paging(first, after, page, pageSize, search, null, category, collection);
        return problem ?? Results.Ok(await reader.ListAsync(query!, cancellationToken));
    }
}
