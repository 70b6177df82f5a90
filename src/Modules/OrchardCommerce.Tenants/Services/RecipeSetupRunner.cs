using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Services;

/// <summary>Runs setup recipes from the recipes folder through the recipe importer (features, then steps in one unit of work).</summary>
internal sealed class RecipeSetupRunner(RecipeHarvester harvester, RecipeImporter importer) : ITenantSetupRecipeRunner
{
    public async Task<RecipeReport> RunAsync(ShellSettings tenant, string recipeName, IDictionary<string, string> parameters, CancellationToken ct)
    {
        var recipe = await harvester.FindAsync(recipeName, ct)
            ?? throw new RecipeException(recipeName, null, $"no recipe named '{recipeName}' in {harvester.RecipesPath}");
        return await importer.ImportAsync(tenant, recipe, parameters.ToDictionary(p => p.Key, p => (object?)p.Value), ct);
    }

    public async Task<bool> ExistsAsync(string recipeName, CancellationToken ct) => await harvester.FindAsync(recipeName, ct) is not null;
}
