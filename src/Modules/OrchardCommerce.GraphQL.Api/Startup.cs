using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Data.Layout;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.GraphQL.Api.Http;
using OrchardCommerce.GraphQL.Api.Migrations;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Shells;

namespace OrchardCommerce.GraphQL.Api;

/// <summary>The storefront's data layer, its per-tenant GraphQL schema and the /api/graphql endpoint that serves it.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Api.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, StorefrontVersionMigrations>();
        services.AddSingleton<IShellActivatedHandler, StorefrontVersionTriggers>();
        services.AddSingleton<StorefrontFeatures>();
        services.AddScoped<StorefrontVersions>();

        services.AddScoped<ContentQueryReader>();
        services.AddScoped<ContentByIdReader>();
        services.AddScoped<LayoutReader>();

        // Registered on every tenant but resolvable only where Commerce registered what they need: ask StorefrontFeatures first.
        services.AddScoped<ProductContentReader>();
        services.AddScoped<StorefrontProductReader>();
        services.AddScoped<CategoryReader>();

        services.AddStorefrontSchema();
        services.AddGraphQLEndpoint();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapGraphQLEndpoint();
}
