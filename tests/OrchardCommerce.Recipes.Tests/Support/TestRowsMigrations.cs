using OrchardCommerce.Migrations;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>A table the test steps write to, so a test can see what a recipe run kept.</summary>
public sealed class TestRowsMigrations : IDataMigration
{
    public string Module => TestRowsModule.Id;

    public IReadOnlyList<MigrationStep> Steps { get; } =
    [
        new(1, context => context.ExecuteAsync($"CREATE TABLE test_rows (id {context.Dialect.IdentityKey}, value TEXT NOT NULL)")),
    ];
}
