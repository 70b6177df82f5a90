using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>The admin API of categories (a tree by parent handle) and collections under /api/commerce (ManageCatalog).</summary>
public static class CatalogTaxonomyApi
{
    public static IEndpointRouteBuilder MapCatalogTaxonomyApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/commerce").RequireAuthorization(Permissions.ManageCatalog).WithTags("Commerce admin");
        api.MapGet("/categories", async ([FromServices] CategoryService s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct)))
            .WithName("ListCategories").Produces<IReadOnlyList<CatalogCategory>>();
        api.MapGet("/categories/{id}", async (string id, [FromServices] CategoryService s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } c ? Results.Ok(c) : CatalogProblems.NotFound($"Category '{id}'"))
            .WithName("GetCategory").Produces<CatalogCategory>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/categories", async (HttpRequest request, [FromServices] CategoryService s, CancellationToken ct) =>
            await WithBodyAsync(request, ReadCategory, async input =>
            {
                var category = await s.CreateAsync(input, ct);
                return Results.Created($"{request.PathBase}/api/commerce/categories/{category.Id}", category);
            }, ct))
            .WithName("CreateCategory").Accepts<CategoryInput>("application/json").Produces<CatalogCategory>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/categories/{id}", async (string id, HttpRequest request, [FromServices] CategoryService s, CancellationToken ct) =>
            await WithBodyAsync(request, ReadCategory, async input =>
                await s.UpdateAsync(id, input, ct) is { } c ? Results.Ok(c) : CatalogProblems.NotFound($"Category '{id}'"), ct))
            .WithName("UpdateCategory").Accepts<CategoryInput>("application/json").Produces<CatalogCategory>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/categories/{id}", async (string id, [FromServices] CategoryService s, CancellationToken ct) =>
            await s.DeleteAsync(id, ct) ? Results.NoContent() : CatalogProblems.NotFound($"Category '{id}'"))
            .WithName("DeleteCategory").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/collections", async ([FromServices] CollectionService s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct)))
            .WithName("ListCollections").Produces<IReadOnlyList<CatalogCollection>>();
        api.MapGet("/collections/{id}", async (string id, [FromServices] CollectionService s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } c ? Results.Ok(c) : CatalogProblems.NotFound($"Collection '{id}'"))
            .WithName("GetCollection").Produces<CatalogCollection>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/collections", async (HttpRequest request, [FromServices] CollectionService s, CancellationToken ct) =>
            await WithBodyAsync(request, ReadCollection, async input =>
            {
                var collection = await s.CreateAsync(input, ct);
                return Results.Created($"{request.PathBase}/api/commerce/collections/{collection.Id}", collection);
            }, ct))
            .WithName("CreateCollection").Accepts<CollectionInput>("application/json").Produces<CatalogCollection>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/collections/{id}", async (string id, HttpRequest request, [FromServices] CollectionService s, CancellationToken ct) =>
            await WithBodyAsync(request, ReadCollection, async input =>
                await s.UpdateAsync(id, input, ct) is { } c ? Results.Ok(c) : CatalogProblems.NotFound($"Collection '{id}'"), ct))
            .WithName("UpdateCollection").Accepts<CollectionInput>("application/json").Produces<CatalogCollection>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/collections/{id}", async (string id, [FromServices] CollectionService s, CancellationToken ct) =>
            await s.DeleteAsync(id, ct) ? Results.NoContent() : CatalogProblems.NotFound($"Collection '{id}'"))
            .WithName("DeleteCollection").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static CategoryInput? ReadCategory(JsonObject body, CatalogErrors errors)
    {
        var handle = JsonFields.String(body, "handle", "", errors, required: true);
        var title = JsonFields.String(body, "title", "", errors, required: true);
        var parent = JsonFields.String(body, "parent", "", errors, required: false);
        var position = 0L;
        if (body["position"] is { } p && !JsonFields.TryInteger(p, out position)) errors.Add("position", "position must be a whole number.");
        return errors.Any ? null : new CategoryInput(handle!, title!, parent, (int)Math.Clamp(position, -1, int.MaxValue));
    }

    private static CollectionInput? ReadCollection(JsonObject body, CatalogErrors errors)
    {
        var handle = JsonFields.String(body, "handle", "", errors, required: true);
        var title = JsonFields.String(body, "title", "", errors, required: true);
        return errors.Any ? null : new CollectionInput(handle!, title!);
    }

    private static async Task<IResult> WithBodyAsync<T>(HttpRequest request, Func<JsonObject, CatalogErrors, T?> read, Func<T, Task<IResult>> action,
        CancellationToken cancellationToken) where T : class
    {
        var (body, problem) = await CatalogProblems.ReadObjectAsync(request, cancellationToken);
        if (problem is not null) return problem;
        var errors = new CatalogErrors();
        if (read(body!, errors) is not { } input) return Results.ValidationProblem(errors.ToDictionary());
        return await CatalogProblems.HandleAsync(() => action(input));
    }
}
