using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Recipes.Api;
using OrchardCommerce.Recipes.Migrations;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Recipes.Steps;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Recipes;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Recipes.Manifest.Value;

    /// <summary>Reading, expanding and importing work across tenants (tenant setup runs on the host), so they live in the host.</summary>
    public override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddSingleton<RecipeReader>();
        services.AddSingleton<RecipeExpander>();
        services.AddSingleton<RecipeFeaturePlanner>();
        services.AddSingleton<RecipeHarvester>();
        services.AddSingleton<RecipeImporter>();
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddFromHost<RecipeReader>();
        services.AddFromHost<RecipeExpander>();
        services.AddFromHost<RecipeFeaturePlanner>();
        services.AddFromHost<RecipeHarvester>();
        services.AddFromHost<RecipeImporter>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<SiteSettingsStore>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeExportStep, SettingsExportStep>();
        services.AddSingleton<IDataMigration, RecipesMigrations>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapRecipesApi();
}
