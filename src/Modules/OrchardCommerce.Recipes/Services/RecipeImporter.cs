using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// Imports a recipe into a tenant: expands it, applies its "feature" steps to the tenant settings (which rebuilds
/// the shell with the new features' services), then runs the other steps in a scope of the rebuilt shell. If the
/// steps fail, the previous feature list is saved back, so the tenant is left as it was.
/// </summary>
public sealed class RecipeImporter(ShellHost shellHost, RecipeExpander expander, RecipeFeaturePlanner planner)
{
    public Task<RecipeReport> ImportAsync(ShellContext shell, RecipeDescriptor recipe,
        IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        ImportAsync(shell.Settings, recipe, parameters, cancellationToken);

    /// <exception cref="RecipeException">An expression or a step failed; the tenant's data and features are unchanged.</exception>
    public async Task<RecipeReport> ImportAsync(ShellSettings settings, RecipeDescriptor recipe,
        IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        var expanded = expander.Expand(recipe, parameters);
        var report = new RecipeReport();
        var plan = planner.Plan(expanded, settings.Features, report);
        var previous = settings.Features;
        if (plan.Changed)
        {
            settings.Features = [.. plan.Features];
            await shellHost.SaveAsync(settings, cancellationToken);
        }
        try
        {
            var shell = await shellHost.GetShellAsync(settings, cancellationToken);
            await using var scope = shell.Services.CreateAsyncScopeSafe();
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunStepsAsync(expanded, report, cancellationToken);
        }
        catch when (plan.Changed)
        {
            settings.Features = previous;
            await shellHost.SaveAsync(settings, CancellationToken.None);
            throw;
        }
        return report;
    }
}
