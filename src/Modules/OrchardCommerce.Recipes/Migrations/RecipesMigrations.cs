using OrchardCommerce.Migrations;

namespace OrchardCommerce.Recipes.Migrations;

/// <summary>The Recipes module's tables: the site settings that the "Settings" step writes.</summary>
public sealed class RecipesMigrations : IDataMigration
{
    public string Module => Manifest.Value.Id;

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, context => context.ExecuteAsync($"""
            CREATE TABLE site_settings (
                section TEXT NOT NULL PRIMARY KEY,
                data {context.Dialect.Json} NOT NULL)
            """)),
    ];
}
