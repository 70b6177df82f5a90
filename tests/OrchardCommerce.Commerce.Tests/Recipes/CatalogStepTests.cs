using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Commerce.Tests.Recipes;

public abstract class CatalogStepTests : CommerceTestBase
{
    private const string Step = """
        {
          "name": "Catalog",
          "locations": [ { "handle": "main", "name": "Main warehouse" }, { "handle": "east", "name": "East" } ],
          "categories": [ { "handle": "packs", "title": "Packs", "parent": "gear" }, { "handle": "gear", "title": "Gear", "parent": null } ],
          "collections": [ { "handle": "featured", "title": "Featured" } ],
          "products": [
            { "handle": "trailblazer-45l-backpack", "title": "Trailblazer 45L Backpack", "description": "A pack.", "status": "active",
              "options": [ { "name": "Color", "values": ["Green", "Red"] } ],
              "variants": [
                { "sku": "TB45-GRN", "title": "Green", "options": { "Color": "Green" }, "prices": { "USD": 18900, "EUR": 17900 }, "inventory": { "main": 25, "east": 3 } },
                { "sku": "TB45-RED", "title": "Red", "options": { "Color": "Red" }, "prices": { "USD": 18900 }, "inventory": { "main": 0 } }
              ],
              "categories": ["packs"], "collections": ["featured"] },
            { "handle": "ridgeline-trekking-poles", "title": "Ridgeline Trekking Poles", "status": "draft",
              "variants": [ { "sku": "RTP-PAIR", "prices": { "USD": 7950 } } ] }
          ]
        }
        """;

    /// <summary>Another tenant database of the same provider, for import-into-a-fresh-tenant tests.</summary>
    protected abstract CatalogStepTests CreateFresh();

    [Fact]
    public async Task Execute_Catalog_ImportsProductsTaxonomyAndStockWithEvents()
    {
        var report = await RunStepAsync(Parse(Step));

        var backpack = (await Services.GetRequiredService<ProductReader>().GetByHandleAsync("trailblazer-45l-backpack"))!;
        backpack.Categories.Should().Equal("packs");
        backpack.Variants.Select(v => v.Sku).Should().Equal("TB45-GRN", "TB45-RED");
        (await Services.GetRequiredService<CategoryService>().GetByHandleAsync("packs"))!.Parent.Should().Be("gear");
        var store = (await Services.GetRequiredService<StoreCatalogReader>().GetAsync("trailblazer-45l-backpack"))!;
        store.Variants.Select(v => v.Available).Should().Equal(28, 0);
        report.Counts["commerce products"].Should().Be(2);
        (await EventTypesAsync()).Should().Equal(
            CommerceEvents.ProductCreated, CommerceEvents.PriceChanged, CommerceEvents.PriceChanged, CommerceEvents.StockChanged, CommerceEvents.StockChanged,
            CommerceEvents.ProductCreated, CommerceEvents.PriceChanged);
    }

    [Fact]
    public async Task Execute_SameStepTwice_ChangesNothingAndEmitsNothingMore()
    {
        await RunStepAsync(Parse(Step));
        var before = await ExportAsync();
        var events = (await EventTypesAsync()).Count;

        await RunStepAsync(Parse(Step));

        (await EventTypesAsync()).Should().HaveCount(events);
        (await ExportAsync()).ToJsonString().Should().Be(before.ToJsonString());
    }

    [Fact]
    public async Task Execute_ReservedStock_KeepsReservedAndSetsOnHand()
    {
        await RunStepAsync(Parse(Step));
        await ExecuteAsync("UPDATE commerce_inventory_levels SET reserved = 5 WHERE on_hand = 25");
        var step = Parse(Step.Replace("\"main\": 25", "\"main\": 30"));

        await RunStepAsync(step);

        var level = await (await Session.GetConnectionAsync()).QuerySingleAsync<(long OnHand, long Reserved)>(
            "SELECT on_hand, reserved FROM commerce_inventory_levels WHERE reserved > 0");
        level.Should().Be((30L, 5L));
    }

    [Theory]
    [InlineData("\"categories\": [\"packs\"]", "\"categories\": [\"nope\"]", "products[0].categories[0]")]
    [InlineData("\"collections\": [\"featured\"]", "\"collections\": [\"nope\"]", "products[0].collections[0]")]
    [InlineData("\"inventory\": { \"main\": 0 }", "\"inventory\": { \"west\": 1 }", "products[0].variants[1].inventory.west")]
    [InlineData("\"EUR\": 17900", "\"EUR\": -1", "products[0].variants[0].prices.EUR")]
    [InlineData("\"EUR\": 17900", "\"EUR\": 1.5", "products[0].variants[0].prices.EUR")]
    [InlineData("\"options\": { \"Color\": \"Red\" }", "\"options\": { \"Color\": \"Blue\" }", "products[0].variants[1].options.Color")]
    [InlineData("\"parent\": \"gear\"", "\"parent\": \"nope\"", "categories[0].parent")]
    [InlineData("\"handle\": \"main\"", "\"handle\": \"Main\"", "locations[0].handle")]
    [InlineData("\"description\": \"A pack.\",", "\"description\": \"A pack.\", \"media\": [\"products/ok.svg\", \"../x.svg\"],", "products[0].media[1]")]
    public async Task Execute_BadData_ThrowsNamingThePathAndWritesNothing(string from, string to, string path)
    {
        var act = () => RunStepAsync(Parse(Step.Replace(from, to)));

        (await act.Should().ThrowAsync<RecipeException>()).Which.Message.Should().Contain(path);
        (await CountAsync("commerce_products")).Should().Be(0);
        (await CountAsync("commerce_events")).Should().Be(0);
    }

    [Fact]
    public async Task Export_ImportIntoFreshTenant_ExportsTheSame()
    {
        await RunStepAsync(Parse(Step));
        var first = await ExportAsync();
        var fresh = CreateFresh();
        await fresh.InitializeAsync();
        try
        {
            foreach (var step in first) await fresh.RunStepAsync(step!.DeepClone().AsObject());

            var second = await fresh.ExportAsync();

            second.ToJsonString().Should().Be(first.ToJsonString());
            first[0]!["products"]!.AsArray().Should().HaveCount(2);
        }
        finally
        {
            await fresh.DisposeAsync();
        }
    }

    [Fact]
    public async Task Execute_ContentOwnedFields_ExportsThemAndReimportsEqualAndQuietly()
    {
        var step = Parse(Step.Replace("\"description\": \"A pack.\",",
            "\"description\": \"A pack.\", \"seoTitle\": \"Trailblazer 45L\", \"seoDescription\": \"45 litres.\", \"media\": [\"products/tb45.svg\", \"products/tb45-back.svg\"],"));
        await RunStepAsync(step);
        var first = await ExportAsync();
        var events = (await EventTypesAsync()).Count;
        var fresh = CreateFresh();
        await fresh.InitializeAsync();
        try
        {
            await RunStepAsync(first[0]!.DeepClone().AsObject());
            foreach (var exported in first) await fresh.RunStepAsync(exported!.DeepClone().AsObject());

            var backpack = first[0]!["products"]!.AsArray().Single(p => (string)p!["handle"]! == "trailblazer-45l-backpack")!;
            (backpack["seoTitle"]!.GetValue<string>(), backpack["seoDescription"]!.GetValue<string>()).Should().Be(("Trailblazer 45L", "45 litres."));
            backpack["media"]!.ToJsonString().Should().Be("""["products/tb45.svg","products/tb45-back.svg"]""");
            backpack.AsObject().ContainsKey("contentVersion").Should().BeFalse("exports carry no versions");
            (await fresh.ExportAsync()).ToJsonString().Should().Be(first.ToJsonString());
            (await EventTypesAsync()).Should().HaveCount(events, "re-importing the same fields changes nothing");
        }
        finally
        {
            await fresh.DisposeAsync();
        }
    }

    private DbSession Session => Services.GetRequiredService<DbSession>();

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private async Task ExecuteAsync(string sql)
    {
        await using var work = await Session.BeginWorkAsync();
        await work.Connection.ExecuteAsync(sql, transaction: work.Transaction);
        await work.CompleteAsync();
    }

    private async Task<long> CountAsync(string table) =>
        await (await Session.GetConnectionAsync()).ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");

    private async Task<List<string>> EventTypesAsync() =>
        (await (await Session.GetConnectionAsync()).QueryAsync<string>("SELECT type FROM commerce_events ORDER BY sequence")).ToList();
}

public sealed class SqliteCatalogStepTests : CatalogStepTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override CatalogStepTests CreateFresh() => new SqliteCatalogStepTests();
}

public sealed class PostgresCatalogStepTests : CatalogStepTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override CatalogStepTests CreateFresh() => new PostgresCatalogStepTests();
}
