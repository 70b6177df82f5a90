using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Handlers;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Sync.Api;
using OrchardCommerce.Sync.Links;
using OrchardCommerce.Sync.Mirror;
using OrchardCommerce.Sync.Reconciliation;

namespace OrchardCommerce.Sync;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Sync.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, SyncMigrations>();
        services.AddScoped<ProductLinkStore>();
        services.AddScoped<MirrorWriteScope>();
        services.AddScoped<ProductContentMatcher>();
        services.AddScoped<ProductMirrorService>();
        services.AddScoped<ProductSideReader>();
        services.AddScoped<ContentSideReader>();
        services.AddScoped<ReconciliationStore>();
        services.AddScoped<IContentHandler, MirrorFieldsGuard>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapSyncApi();
}
