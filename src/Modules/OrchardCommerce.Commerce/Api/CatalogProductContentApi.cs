using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// PUT /api/commerce/products/{id}/content (ManageCatalog): the sync daemon's write of the fields a product's
/// ProductContent item owns. Answers 200 <c>{ "applied": bool, "product": {…} }</c> whether or not the version was new,
/// so a replayed or reordered event is a success that changed nothing, not an error to retry.
/// </summary>
public static class CatalogProductContentApi
{
    public static IEndpointRouteBuilder MapCatalogProductContentApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/commerce").RequireAuthorization(Permissions.ManageCatalog).WithTags("Commerce admin")
            .MapPut("/products/{id}/content", ApplyAsync).WithName("ApplyProductContent").Accepts<ProductContentInput>("application/json")
            .Produces<ProductContentResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ApplyAsync(string id, HttpRequest request, [FromServices] ProductContentService contents,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await CatalogProblems.ReadObjectAsync(request, cancellationToken);
        if (problem is not null) return problem;
        var errors = new CatalogErrors();
        var input = Read(body!, errors);
        if (errors.Any) return Results.ValidationProblem(errors.ToDictionary());
        return await CatalogProblems.HandleAsync(async () =>
            await contents.ApplyAsync(id, input, cancellationToken) is { } result ? Results.Ok(result) : CatalogProblems.NotFound($"Product '{id}'"));
    }

    // Missing text fields and null are the same (cleared); every field is replaced.
    private static ProductContentInput Read(JsonObject body, CatalogErrors errors)
    {
        var version = 0L;
        if (body["contentVersion"] is null) errors.Add("contentVersion", "contentVersion is required: the content item's version, 1 or more.");
        else if (!JsonFields.TryInteger(body["contentVersion"], out version)) errors.Add("contentVersion", "contentVersion must be a whole number.");
        return new ProductContentInput(version,
            JsonFields.String(body, "description", "", errors, required: false),
            JsonFields.String(body, "seoTitle", "", errors, required: false),
            JsonFields.String(body, "seoDescription", "", errors, required: false),
            JsonFields.Strings(body, "media", "", errors));
    }
}
