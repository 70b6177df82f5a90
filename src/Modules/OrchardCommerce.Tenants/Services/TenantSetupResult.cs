using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Services;

/// <summary>A tenant that was set up, and the tenants its recipe declared (set up after it).</summary>
/// <param name="GeneratedPassword">The administrator's password when setup generated it; show it once.</param>
/// <param name="Failures">Declared tenants that could not be set up, with the reason (they were removed again).</param>
public sealed record TenantSetupResult(
    ShellSettings Tenant,
    RecipeReport Report,
    string AdminUserName,
    string? GeneratedPassword,
    IReadOnlyList<TenantSetupResult> Tenants,
    IReadOnlyList<string> Failures);
