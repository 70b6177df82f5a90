using Microsoft.AspNetCore.Http;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Tenants.Api;

/// <summary>The 400 a failed recipe answers with: its message, the field "recipe", and where in the file it failed.</summary>
internal static class RecipeProblem
{
    public static IResult From(RecipeException exception, string title) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: exception.Message,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["recipe"] = [exception.Reason] },
                ["file"] = exception.File,
                ["line"] = exception.Line,
                ["reason"] = exception.Reason,
            });
}
