using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Modules;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Services;

/// <summary>
/// Gives a running tenant that has no commerce its store, by running the configured store recipe on it (the daemon asks
/// when it hears tenant.created). A tenant whose own recipe already brought commerce, or that was created without a
/// store, is left as it is, so asking twice, or for a demo tenant, changes nothing.
/// </summary>
public sealed class StoreProvisioner(ShellHost shells, ModuleCatalog catalog, ITenantSetupRecipeRunner recipes,
    IOptions<StoreProvisioningOptions> options, ILogger<StoreProvisioner> logger)
{
    public const string CommerceFeature = "OrchardCommerce.Commerce";
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Throws RecipeException when the store recipe fails (its unit of work is rolled back).</summary>
    public async Task<StoreProvisionResult> ProvisionAsync(ShellSettings tenant, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(tenant.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Re-read under the gate: a request that waited finds the store the one before it made.
            var current = shells.Find(tenant.Name) ?? tenant;
            if (HasCommerce(current))
                return new StoreProvisionResult(current.Name, false, true, null, "The tenant already has a store.", null);
            if (!current.ProvisionStore)
                return new StoreProvisionResult(current.Name, false, false, null, "The tenant was created without a store.", null);
            var recipe = options.Value.Recipe;
            if (string.IsNullOrWhiteSpace(recipe))
                return new StoreProvisionResult(current.Name, false, false, null, $"Store provisioning is off ({StoreProvisioningOptions.Section}:Recipe is empty).", null);
            var parameters = new Dictionary<string, string> { ["TenantName"] = current.Name };
            var report = await recipes.RunAsync(current, recipe, parameters, cancellationToken);
            logger.LogInformation("Provisioned the store of tenant {Tenant} from recipe {Recipe}", current.Name, recipe);
            return new StoreProvisionResult(current.Name, true, true, recipe, null, report);
        }
        finally { gate.Release(); }
    }

    private bool HasCommerce(ShellSettings tenant) =>
        catalog.Expand(tenant.Features).Any(m => m.Manifest.Id.Equals(CommerceFeature, StringComparison.OrdinalIgnoreCase));
}
