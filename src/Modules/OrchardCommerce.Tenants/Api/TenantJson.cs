using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Api;

/// <summary>How the API shows a tenant.</summary>
internal static class TenantJson
{
    public static object From(ShellSettings tenant) => new
    {
        name = tenant.Name,
        state = tenant.State.ToString(),
        hosts = tenant.RequestUrlHosts,
        urlPrefix = tenant.RequestUrlPrefix,
        recipe = tenant.RecipeName,
        description = tenant.Description,
        features = tenant.Features,
        store = tenant.ProvisionStore,
        createdUtc = tenant.CreatedUtc,
    };
}
