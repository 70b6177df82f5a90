using System.Text.Json.Nodes;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.Tenants.Recipes;

/// <summary>
/// The "Tenants" step of the Default tenant's setup recipe: declares tenants, each with its own setup recipe.
/// They are validated now and made after this recipe commits (they are other databases).
/// </summary>
internal sealed class TenantsStep(ShellSettings current, TenantRequestValidator validator, PendingTenantSetups pending) : IRecipeStepHandler
{
    public string Name => "Tenants";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!current.IsDefault) throw context.Error("only the Default tenant's recipe can declare tenants.");
        if (context.Step["tenants"] is not JsonArray tenants) throw context.Error("'tenants' must be an array.");
        for (var index = 0; index < tenants.Count; index++)
        {
            if (tenants[index] is not JsonObject tenant) throw context.Error($"tenants[{index}] must be an object.");
            var name = (string?)tenant["name"];
            var hosts = (tenant["hosts"] as JsonArray ?? []).Select(h => ((string?)h ?? "").Trim().ToLowerInvariant()).ToList();
            var prefix = (string?)tenant["urlPrefix"] is { Length: > 0 } p ? p : null;
            var recipe = (string?)tenant["recipe"];
            var (errors, taken) = await validator.ValidateAsync(name, hosts, prefix, recipe, cancellationToken);
            if (taken && errors.Count == 0)
            {
                context.Report.Skip(Name, "tenant", name!, "a tenant of that name already exists");
                continue;
            }
            if (errors.Count > 0)
                throw context.Error($"tenants[{index}] ('{name}'): " + string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            pending.Add(current.Name, new PendingTenant(new ShellSettings
            {
                Name = name!,
                RequestUrlHosts = hosts,
                RequestUrlPrefix = prefix,
                Description = (string?)tenant["description"],
            }, recipe!));
            context.Report.Count("tenants");
        }
    }
}
