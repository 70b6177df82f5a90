using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// The recipes shipped with the host: every <c>*.recipe.json</c> in <c>OrchardCommerce:RecipesPath</c>
/// (default "recipes" under the content root), by name.
/// </summary>
public sealed class RecipeHarvester(IConfiguration configuration, IHostEnvironment environment, RecipeReader reader)
{
    public const string PathKey = "OrchardCommerce:RecipesPath";

    public string RecipesPath => Path.Combine(environment.ContentRootPath, configuration[PathKey] is { Length: > 0 } path ? path : "recipes");

    /// <returns>The recipes ordered by name; none when the folder does not exist.</returns>
    /// <exception cref="RecipeException">A shipped recipe is malformed: better seen at once than skipped.</exception>
    public async Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(RecipesPath)) return [];
        var recipes = new List<RecipeDescriptor>();
        foreach (var file in Directory.EnumerateFiles(RecipesPath, "*.recipe.json").Order(StringComparer.Ordinal))
            recipes.Add(await reader.ReadFileAsync(file, cancellationToken));
        return recipes.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await HarvestAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
