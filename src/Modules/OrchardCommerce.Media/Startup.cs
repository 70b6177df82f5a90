using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Media.Api;
using OrchardCommerce.Media.Migrations;
using OrchardCommerce.Media.Recipes;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Media;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Media.Manifest.Value;

    // The admin API's RequireAuthorization needs both in the host; idempotent, so they compose with Users'.
    public override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorization();
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        services.AddSingleton<IDataMigration, MediaMigrations>();
        services.AddScoped<MediaStore>();
        services.AddScoped<IRecipeStepHandler, MediaStep>();
        services.AddScoped<IRecipeExportStep, MediaExportStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapMediaFiles();
        routes.MapMediaApi();
    }
}
