using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Api;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Catalog.Recipes;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Orders;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Commerce.Store;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Outbox;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Security;

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
        services.AddSingleton<IDataMigration, CatalogContentMigrations>();
        services.AddSingleton<OutboxSignal<CommerceStream>>();
        services.AddScoped<OutboxWriter<CommerceStream>>();
        services.AddScoped<ChangeFeed<CommerceStream>>();

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
        services.AddScoped<ProductContentService>();
        services.AddScoped<CategoryService>();
        services.AddScoped<CollectionService>();
        services.AddScoped<StoreCatalogReader>();
        services.AddScoped<RecipeStockWriter>();
        services.AddScoped<IRecipeStepHandler, CatalogStep>();
        services.AddScoped<IRecipeExportStep, CatalogExportStep>();
        services.AddSingleton<IDataMigration, StoreMigrations>();
        services.AddScoped<StoreBrandingService>();
        AddCheckout(services);
    }

    private static void AddCheckout(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, OrdersMigrations>();
        // Bound only when the container has configuration (a shell has the host's; bare test containers may not).
        services.AddOptions<InventoryOptions>().Configure<IServiceProvider>((options, sp) =>
            sp.GetService<IConfiguration>()?.GetSection(InventoryOptions.Section).Bind(options));
        services.AddOptions<PricingOptions>().Configure<IServiceProvider>((options, sp) =>
            sp.GetService<IConfiguration>()?.GetSection(PricingOptions.Section).Bind(options));
        services.AddScoped<InventoryService>();
        services.AddScoped<StockReader>();
        services.AddScoped<StockAdmin>();
        services.AddScoped<LocationService>();
        services.AddScoped<CatalogPrices>();
        services.AddSingleton<SellableVariantCache>();
        services.AddScoped<CartStore>();
        services.AddScoped<CartService>();
        services.AddScoped<CartPricer>();
        services.AddScoped<ITaxCalculator, RateTaxCalculator>();
        services.AddScoped<IShippingCalculator, FlatShippingCalculator>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<OrderReader>();
        services.AddSingleton<OrderDetailsCache>();
        services.AddScoped<OrderWriter>();
        services.AddScoped<OrderStateMachine>();
        services.AddScoped<OrderService>();
        services.AddScoped<IOrderPayments, OrderPayments>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapPaymentsApi();
        routes.MapPaymentWebhookApi();
        routes.MapChangeFeed<CommerceStream>("/api/commerce/events", Permissions.ReadCommerceEvents)
            .WithName("Commerce.Events.Read").WithTags("Commerce admin");
        routes.MapCatalogProductsApi();
        routes.MapCatalogProductContentApi();
        routes.MapCatalogTaxonomyApi();
        routes.MapStoreCatalogApi();
        routes.MapCommerceOpenApi();
        routes.MapStoreCartsApi();
        routes.MapStoreCheckoutApi();
        routes.MapOrdersApi();
        routes.MapInventoryApi();
        routes.MapLocationsApi();
        routes.MapStoreBrandingApi();
    }
}
