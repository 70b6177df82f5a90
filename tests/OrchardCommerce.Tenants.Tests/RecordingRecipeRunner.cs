using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.Tenants.Tests;

/// <summary>
/// Stands in for the recipe engine: records each run and creates nothing, except that it runs this module's own
/// step handlers for the steps listed in <see cref="Steps"/>, in the tenant's shell, as the engine would.
/// "broken" fails like a bad recipe file.
/// </summary>
internal sealed class RecordingRecipeRunner(ShellHost shellHost) : ITenantSetupRecipeRunner
{
    public static readonly Dictionary<string, JsonObject[]> Steps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["withtenants"] =
        [
            new JsonObject
            {
                ["name"] = "Tenants",
                ["tenants"] = new JsonArray(new JsonObject
                {
                    ["name"] = "declared",
                    ["hosts"] = new JsonArray("declared.localhost"),
                    ["urlPrefix"] = null,
                    ["recipe"] = "blank",
                    ["description"] = "Declared by the Default recipe",
                }),
            },
        ],
        ["badtenants"] =
        [
            new JsonObject
            {
                ["name"] = "Tenants",
                ["tenants"] = new JsonArray(new JsonObject { ["name"] = "clash", ["hosts"] = new JsonArray("localhost"), ["recipe"] = "blank" }),
            },
        ],
    };

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "default", "blank", "broken", "withtenants", "badtenants", "commerce-store",
    };

    public ConcurrentQueue<(string Tenant, string Recipe, IDictionary<string, string> Parameters)> Runs { get; } = new();

    public async Task<RecipeReport> RunAsync(ShellSettings tenant, string recipeName, IDictionary<string, string> parameters, CancellationToken ct)
    {
        Runs.Enqueue((tenant.Name, recipeName, parameters));
        if (recipeName == "broken") throw new RecipeException("broken.recipe.json", 7, "step 2 (Nope): unknown step");
        var report = new RecipeReport();
        if (!Steps.TryGetValue(recipeName, out var steps)) return report;
        var shell = await shellHost.GetShellAsync(tenant, ct);
        await using var scope = shell.Services.CreateAsyncScopeSafe();
        var handlers = scope.ServiceProvider.GetServices<IRecipeStepHandler>().ToList();
        for (var i = 0; i < steps.Length; i++)
        {
            var step = (JsonObject)steps[i].DeepClone();
            var handler = handlers.Single(h => h.Name.Equals((string?)step["name"], StringComparison.OrdinalIgnoreCase));
            await handler.ExecuteAsync(new RecipeStepContext($"{recipeName}.recipe.json", i, step, report), ct);
        }
        return report;
    }

    public Task<bool> ExistsAsync(string recipeName, CancellationToken ct) => Task.FromResult(Known.Contains(recipeName));
}
