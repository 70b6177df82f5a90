using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Webhooks.Api;
using OrchardCommerce.Webhooks.Migrations;
using OrchardCommerce.Webhooks.Services;

namespace OrchardCommerce.Webhooks;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Webhooks.Manifest.Value;

    // RequireAuthorization on the admin API needs both in the host; idempotent, so they compose with Users'.
    public override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorization();
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, WebhooksMigrations>();
        services.AddScoped<WebhookSubscriptionStore>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapWebhookSubscriptionsApi();
}
