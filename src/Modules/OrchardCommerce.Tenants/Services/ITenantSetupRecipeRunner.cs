using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Services;

/// <summary>
/// The seam between tenant setup and the recipe engine: runs a named setup recipe (from the recipes folder,
/// configuration key OrchardCommerce:RecipesPath) on a registered tenant. Host-level service.
/// </summary>
public interface ITenantSetupRecipeRunner
{
    /// <summary>Runs the recipe in one unit of work on <paramref name="tenant"/>'s database; throws RecipeException on bad input.</summary>
    Task<RecipeReport> RunAsync(ShellSettings tenant, string recipeName, IDictionary<string, string> parameters, CancellationToken ct);

    /// <summary>Whether a recipe of that name can be run, so a bad name is refused before a tenant is registered.</summary>
    Task<bool> ExistsAsync(string recipeName, CancellationToken ct);
}
