using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Modules;
using OrchardCommerce.Outbox;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Api;
using OrchardCommerce.Tenants.AutoSetup;
using OrchardCommerce.Tenants.Recipes;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.Tenants;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Tenants.Manifest.Value;

    public override void ConfigureHostServices(IServiceCollection services)
    {
        // Setup spans tenants (it builds their shells), so it lives in the host, with the recipe runner it uses.
        services.AddSingleton<PendingTenantSetups>();
        services.AddSingleton<TenantRequestValidator>();
        services.AddSingleton<TenantSetupService>();
        services.AddSingleton<ITenantSetupRecipeRunner, RecipeSetupRunner>();
        services.AddSingleton<StoreProvisioner>();
        services.AddOptions<StoreProvisioningOptions>().BindConfiguration(StoreProvisioningOptions.Section);
        services.AddOptions<AutoSetupOptions>().BindConfiguration(AutoSetupOptions.Section);
        services.AddHostedService<AutoSetupService>();
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddFromHost<PendingTenantSetups>();
        services.AddFromHost<TenantRequestValidator>();
        services.AddFromHost<StoreProvisioner>();
        services.AddSingleton(sp => sp.GetRequiredService<ShellHost>().TenantSignal);
        services.AddScoped<ChangeFeed<TenantStream>>();
        services.AddScoped<IRecipeStepHandler, TenantsStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapTenantsApi();
        routes.MapTenantStoreApi();
    }
}
