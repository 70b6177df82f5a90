using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Security;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Recipes.Api;

/// <summary>Import a recipe into the current tenant, export the tenant as a recipe, list the shipped recipes.</summary>
public static class RecipesApi
{
    public static IEndpointRouteBuilder MapRecipesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/recipes");
        // [FromServices] throughout: tenant services are unknown to the host container that infers parameter sources.
        api.MapGet("", ListAsync).RequireAuthorization(Permissions.ImportRecipes);
        api.MapPost("/import", ImportAsync).RequireAuthorization(Permissions.ImportRecipes);
        api.MapGet("/export", ExportAsync).RequireAuthorization(Permissions.ExportRecipes);
        return routes;
    }

    private static async Task<IResult> ListAsync([FromServices] RecipeHarvester harvester, CancellationToken cancellationToken)
    {
        try
        {
            var recipes = await harvester.HarvestAsync(cancellationToken);
            return Results.Ok(recipes.Select(r => new
            {
                r.Name, r.DisplayName, r.Description, r.Version, r.IsSetupRecipe, r.Categories, r.Tags, r.FileName,
            }));
        }
        catch (RecipeException exception)
        {
            return InvalidRecipe(exception);
        }
    }

    /// <summary>The body is the recipe's JSON text; query-string values become the recipe's parameters().</summary>
    private static async Task<IResult> ImportAsync(HttpContext context, [FromServices] RecipeReader reader, [FromServices] RecipeImporter importer,
        CancellationToken cancellationToken)
    {
        using var body = new StreamReader(context.Request.Body);
        var text = await body.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The request body must be a recipe (JSON)."] });
        var parameters = context.Request.Query.ToDictionary(q => q.Key, q => (object?)q.Value.ToString());
        // Orchard's recipes name the importing user as owner and author through parameters('AdminUsername').
        parameters.TryAdd("AdminUsername", context.User.Identity?.Name);
        try
        {
            var recipe = reader.Parse(text, "request body");
            return Results.Ok(await importer.ImportAsync(context.GetShell(), recipe, parameters, cancellationToken));
        }
        catch (RecipeException exception)
        {
            return InvalidRecipe(exception);
        }
    }

    private static async Task<IResult> ExportAsync([FromServices] RecipeExporter exporter, CancellationToken cancellationToken) =>
        Results.Text(await exporter.ExportAsync(cancellationToken: cancellationToken), "application/json");

    private static IResult InvalidRecipe(RecipeException exception) => Results.Problem(
        title: "Invalid recipe",
        detail: exception.Message,
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["file"] = exception.File,
            ["line"] = exception.Line,
            ["reason"] = exception.Reason,
        });
}
