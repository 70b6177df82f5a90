using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>
/// A feature only recipes enable: its step handler exists in a tenant's container only once the feature is on,
/// which is what the importer's shell rebuild must achieve.
/// </summary>
public sealed class TestRowsModule : ModuleStartup
{
    public const string Id = "Test.Rows";
    public const string OrchardAlias = "OrchardCore.TestRows";

    public override ModuleManifest Manifest { get; } = new(Id, "Test rows", "Rows written by test recipes.", Aliases: [OrchardAlias]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, TestRowsMigrations>();
        services.AddScoped<IRecipeStepHandler, WriteRowStep>();
        services.AddScoped<IRecipeStepHandler, FailStep>();
        services.AddScoped<IRecipeExportStep, TestRowsExportStep>();
    }
}
