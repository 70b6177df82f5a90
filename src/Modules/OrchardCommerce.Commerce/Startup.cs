using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Api;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Catalog.Recipes;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Commerce;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Commerce.Manifest.Value;

    // RequireAuthorization on the admin API needs both in the host; idempotent, so they compose with Users'.
    public override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorization();
        services.AddCommerceOpenApi();
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, OutboxMigrations>();
        services.AddSingleton<IDataMigration, CatalogMigrations>();
        services.AddSingleton<IDataMigration, CatalogVariantMigrations>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<ChangeFeed>();

        services.AddSingleton<IDataMigration, PaymentMigrations>();
        services.AddSingleton<IPaymentProvider, TestPaymentProvider>();
        services.AddSingleton<PaymentProviders>();
        services.AddScoped<PaymentStore>();
        services.AddScoped<PaymentService>();
        services.AddScoped<WebhookSecretStore>();
        services.AddScoped<PaymentWebhookProcessor>();

        services.AddScoped<ProductReader>();
        services.AddScoped<ProductWriter>();
        services.AddScoped<ProductEvents>();
        services.AddScoped<CatalogLookups>();
        services.AddScoped<ProductService>();
        services.AddScoped<CategoryService>();
        services.AddScoped<CollectionService>();
        services.AddScoped<StoreCatalogReader>();
        services.AddScoped<RecipeStockWriter>();
        services.AddScoped<IRecipeStepHandler, CatalogStep>();
        services.AddScoped<IRecipeExportStep, CatalogExportStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapPaymentsApi();
        routes.MapPaymentWebhookApi();
        routes.MapEventsApi();
        routes.MapCatalogProductsApi();
        routes.MapCatalogTaxonomyApi();
        routes.MapStoreCatalogApi();
        routes.MapCommerceOpenApi();
    }
}
