using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Recipes.Tests.Support;

namespace OrchardCommerce.Recipes.Tests.Services;

public abstract class RecipeImporterTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestShellHost _host = null!;

    public async Task InitializeAsync() => _host = await TestShellHost.StartAsync(provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private RecipeImporter Importer => _host.Services.GetRequiredService<RecipeImporter>();

    private static RecipeDescriptor Parse(string text) => new RecipeReader().Parse(text, "import.recipe.json");

    [Fact]
    public async Task Import_FeatureStepByOrchardAlias_RunsStepsOfTheNewFeature()
    {
        var tenant = await _host.CreateTenantAsync("Acme");

        var report = await Importer.ImportAsync(tenant, Parse($$"""
            { "steps": [
              { "name": "feature", "enable": ["{{TestRowsModule.OrchardAlias}}", "OrchardCore.Recipes", "TheBlogTheme"] },
              { "name": "writeRow", "value": "hello" } ] }
            """));

        report.StepsRun.Should().Equal("feature", "writeRow");
        report.UnknownFeatures.Should().Equal("TheBlogTheme");
        report.UnknownSteps.Should().BeEmpty();
        tenant.Features.Should().Equal("OrchardCommerce.Recipes", TestRowsModule.Id);
        _host.Shells.Find("Acme")!.Features.Should().Contain(TestRowsModule.Id);
        var rows = await _host.InTenantAsync(tenant, sp => WriteRowStep.ReadAllAsync(sp.GetRequiredService<DbSession>()));
        rows.Should().Equal("hello");
    }

    [Fact]
    public async Task Import_StepWithoutItsFeature_IsReportedUnknown()
    {
        var tenant = await _host.CreateTenantAsync("Acme");

        var report = await Importer.ImportAsync(tenant, Parse("""{ "steps": [ { "name": "writeRow", "value": "x" } ] }"""));

        report.UnknownSteps.Should().Equal("writeRow");
        tenant.Features.Should().BeEmpty();
    }

    [Fact]
    public async Task Import_StepFailsAfterFeaturesAdded_RestoresFeaturesAndWritesNothing()
    {
        var tenant = await _host.CreateTenantAsync("Acme");

        var act = () => Importer.ImportAsync(tenant, Parse($$"""
            { "steps": [ { "name": "feature", "enable": ["{{TestRowsModule.Id}}"] },
              { "name": "Settings", "SiteName": "Half" }, { "name": "fail" } ] }
            """));

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().StartWith("step 3 (fail)");
        tenant.Features.Should().BeEmpty();
        var shell = await _host.Shells.GetShellAsync(tenant);
        shell.IsEnabled(TestRowsModule.Id).Should().BeFalse();
        var siteName = await _host.InTenantAsync(tenant, sp => sp.GetRequiredService<SiteSettingsStore>().GetAsync("SiteName"));
        siteName.Should().BeNull();
    }

    [Fact]
    public async Task Import_FailingExpression_ChangesNeitherFeaturesNorData()
    {
        var tenant = await _host.CreateTenantAsync("Acme");

        var act = () => Importer.ImportAsync(tenant, Parse($$"""
            { "steps": [ { "name": "feature", "enable": ["{{TestRowsModule.Id}}"] },
              { "name": "Settings", "SiteName": "[js: parameters('missing')]" } ] }
            """));

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Contain("parameter 'missing' is not defined");
        tenant.Features.Should().BeEmpty();
    }

    [Fact]
    public async Task Export_Twice_GivesIdenticalText()
    {
        var tenant = await _host.CreateTenantAsync("Acme");
        await Importer.ImportAsync(tenant, Parse(SampleRecipe));

        var first = await ExportAsync(tenant, "acme-export");
        var second = await ExportAsync(tenant, "acme-export");

        second.Should().Be(first);
        first.Should().Contain("\"name\": \"acme-export\"").And.Contain("\"SiteName\": \"Acme <Shop>\"");
    }

    [Fact]
    public async Task Export_ImportIntoFreshTenant_ExportsTheSameRecipe()
    {
        var source = await _host.CreateTenantAsync("Source");
        await Importer.ImportAsync(source, Parse(SampleRecipe));
        var exported = await ExportAsync(source, "copy");

        var copy = await _host.CreateTenantAsync("Copy");
        var report = await Importer.ImportAsync(copy, new RecipeReader().Parse(exported, "copy.recipe.json"));
        var reexported = await ExportAsync(copy, "copy");

        report.UnknownSteps.Should().BeEmpty();
        report.UnknownFeatures.Should().BeEmpty();
        reexported.Should().Be(exported);
    }

    private Task<string> ExportAsync(Shells.ShellSettings tenant, string name) =>
        _host.InTenantAsync(tenant, sp => sp.GetRequiredService<RecipeExporter>().ExportAsync(name));

    private const string SampleRecipe = """
        {
          "name": "sample",
          "variables": { "id": "[js: uuid()]" },
          "steps": [
            { "name": "feature", "enable": ["OrchardCore.TestRows"] },
            { "name": "Settings", "SiteName": "Acme <Shop>", "HomeRoute": { "Id": "[js: variables('id')]", "Area": "Contents" } },
            { "name": "writeRow", "value": "b" },
            { "name": "writeRow", "value": "a" }
          ]
        }
        """;
}

public sealed class SqliteRecipeImporterTests() : RecipeImporterTests(DatabaseProvider.Sqlite);

public sealed class PostgresRecipeImporterTests() : RecipeImporterTests(DatabaseProvider.Postgres);
