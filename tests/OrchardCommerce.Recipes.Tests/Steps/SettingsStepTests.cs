using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Recipes.Tests.Support;

namespace OrchardCommerce.Recipes.Tests.Steps;

public abstract class SettingsStepTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.CreateAsync(provider);

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    private Task<RecipeReport> ExecuteAsync(string text) => _tenant.InScopeAsync(sp =>
        sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(new RecipeReader().Parse(text, "settings.recipe.json")));

    [Fact]
    public async Task Execute_Settings_StoresEverySectionButName()
    {
        await ExecuteAsync("""
            { "steps": [ { "name": "Settings", "SiteName": "Acme", "TimeZoneId": "Europe/Paris",
              "HomeRoute": { "Action": "Display", "Area": "OrchardCore.Contents" }, "LayerSettings": { "Zones": ["Content"] } } ] }
            """);

        var (siteName, homeRoute, all) = await _tenant.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<SiteSettingsStore>();
            return (await store.GetAsync("SiteName"), await store.GetAsync("HomeRoute"), await store.GetAllAsync());
        });
        ((string?)siteName).Should().Be("Acme");
        ((string?)homeRoute!["Area"]).Should().Be("OrchardCore.Contents");
        all.Select(p => p.Key).Should().Equal("HomeRoute", "LayerSettings", "SiteName", "TimeZoneId");
    }

    [Fact]
    public async Task Execute_SettingsTwice_LaterValueWins()
    {
        await ExecuteAsync("""{ "steps": [ { "name": "Settings", "SiteName": "One" }, { "name": "Settings", "SiteName": "Two" } ] }""");

        var siteName = await _tenant.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsStore>().GetAsync("SiteName"));

        ((string?)siteName).Should().Be("Two");
    }

    [Fact]
    public async Task Export_AfterImport_GivesTheSameSettingsStep()
    {
        const string step = """{"name":"Settings","HomeRoute":{"Action":"Display","Id":7},"SiteName":"Acme","TimeZoneId":"UTC"}""";
        await ExecuteAsync($$"""{ "steps": [ {{step}} ] }""");

        var steps = await _tenant.InScopeAsync(async sp =>
        {
            var exported = new JsonArray();
            foreach (var export in sp.GetServices<IRecipeExportStep>()) await export.ExportAsync(exported, CancellationToken.None);
            return exported;
        });

        steps.Should().HaveCount(1);
        steps[0]!.ToJsonString().Should().Be(step);
    }

    [Fact]
    public async Task Get_UnknownSection_ReturnsNull()
    {
        var value = await _tenant.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsStore>().GetAsync("Nope"));

        value.Should().BeNull();
    }
}

public sealed class SqliteSettingsStepTests() : SettingsStepTests(DatabaseProvider.Sqlite);

public sealed class PostgresSettingsStepTests() : SettingsStepTests(DatabaseProvider.Postgres);
