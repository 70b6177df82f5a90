using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// The admin API of products and variant prices under /api/commerce (ManageCatalog for reads and writes). Bodies
/// are read as JSON and checked field by field, so a wrong type is a problem naming its path, not a bare 400.
/// </summary>
public static class CatalogProductsApi
{
    public static IEndpointRouteBuilder MapCatalogProductsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/commerce").RequireAuthorization(Permissions.ManageCatalog).WithTags("Commerce admin");
        api.MapGet("/products", ListAsync).WithName("ListProducts").Produces<ProductPage<Product>>().ProducesValidationProblem();
        api.MapGet("/products/{id}", GetAsync).WithName("GetProduct").Produces<Product>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/products", CreateAsync).WithName("CreateProduct").Accepts<ProductInput>("application/json")
            .Produces<Product>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/products/{id}", UpdateAsync).WithName("UpdateProduct").Accepts<ProductInput>("application/json")
            .Produces<Product>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/products/{id}", DeleteAsync).WithName("DeleteProduct").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/variants/{sku}/prices", SetPricesAsync).WithName("SetVariantPrices").Accepts<CatalogPricesRequest>("application/json")
            .Produces<ProductVariant>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(int? first, string? after, int? page, int? pageSize, string? search, string? status,
        string? category, string? collection, [FromServices] ProductReader reader, CancellationToken cancellationToken)
    {
        var (query, problem) = CatalogProblems.Paging(first, after, page, pageSize, search, status, category, collection);
        return problem ?? Results.Ok(await reader.ListAsync(query!, cancellationToken: cancellationToken));
    }

    private static async Task<IResult> GetAsync(string id, [FromServices] ProductReader reader, CancellationToken cancellationToken) =>
        await reader.GetAsync(id, cancellationToken) is { } product ? Results.Ok(product) : CatalogProblems.NotFound($"Product '{id}'");

    private static async Task<IResult> CreateAsync(HttpRequest request, [FromServices] ProductService products, CancellationToken cancellationToken)
    {
        var (input, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null) return problem;
        return await CatalogProblems.HandleAsync(async () =>
        {
            var product = await products.CreateAsync(input!, cancellationToken);
            return Results.Created($"{request.PathBase}/api/commerce/products/{product.Id}", product);
        });
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, [FromServices] ProductService products, CancellationToken cancellationToken)
    {
        var (input, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null) return problem;
        return await CatalogProblems.HandleAsync(async () =>
            await products.UpdateAsync(id, input!, cancellationToken) is { } product ? Results.Ok(product) : CatalogProblems.NotFound($"Product '{id}'"));
    }

    private static async Task<IResult> DeleteAsync(string id, [FromServices] ProductService products, CancellationToken cancellationToken) =>
        await products.DeleteAsync(id, cancellationToken) ? Results.NoContent() : CatalogProblems.NotFound($"Product '{id}'");

    private static async Task<IResult> SetPricesAsync(string sku, HttpRequest request, [FromServices] ProductService products, CancellationToken cancellationToken)
    {
        var (body, problem) = await CatalogProblems.ReadObjectAsync(request, cancellationToken);
        if (problem is not null) return problem;
        var errors = new CatalogErrors();
        var prices = new Dictionary<string, long>(StringComparer.Ordinal);
        if (body!["prices"] is null) errors.Add("prices", "prices is required: { \"USD\": 18900 }.");
        foreach (var (currency, value) in JsonFields.Members(body, "prices", "", errors))
            if (JsonFields.TryInteger(value, out var amount)) prices[currency] = amount;
            else errors.Add($"prices.{currency}", "must be a whole number of the currency's minor units (cents).");
        if (errors.Any) return Results.ValidationProblem(errors.ToDictionary());
        return await CatalogProblems.HandleAsync(async () =>
            await products.SetPricesAsync(sku, prices, cancellationToken) is { } variant ? Results.Ok(variant) : CatalogProblems.NotFound($"Variant '{sku}'"));
    }

    private static async Task<(ProductInput? Input, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await CatalogProblems.ReadObjectAsync(request, cancellationToken);
        if (problem is not null) return (null, problem);
        var errors = new CatalogErrors();
        var input = ProductJsonReader.Read(body!, errors);
        return errors.Any ? (null, Results.ValidationProblem(errors.ToDictionary())) : (input, null);
    }
}
