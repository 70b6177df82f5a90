using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Layout;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Layout;

/// <summary>The demo model: a published Branding item, a home page ("/") picking a hero, and an about page.</summary>
public abstract class LayoutReaderTests : StorefrontTestBase
{
    private LayoutReader Reader => Get<LayoutReader>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync(Item("brand", "Branding", "Acme branding", new JsonObject
        {
            ["Branding"] = new JsonObject
            {
                ["SiteName"] = new JsonObject { ["Text"] = "Acme Outfitters" }, ["PrimaryColor"] = new JsonObject { ["Text"] = "#c2410c" },
                ["Logo"] = new JsonObject { ["Paths"] = new JsonArray("logo.svg") },
            },
        }));
        await ImportAsync(Item("hero", "HeroSection", "Spring hero", new JsonObject
        {
            ["HeroSection"] = new JsonObject { ["Headline"] = new JsonObject { ["Text"] = "Built for the long way round" } },
        }));
        await ImportAsync(Item("home", "Page", "Home", new JsonObject
        {
            ["AutoroutePart"] = new JsonObject { ["Path"] = "/", ["SetHomepage"] = true },
            ["Page"] = new JsonObject { ["Hero"] = new JsonObject { ["ContentItemIds"] = new JsonArray("hero") } },
        }));
        await ImportAsync(Item("about", "Page", "About us", new JsonObject
        {
            ["AutoroutePart"] = new JsonObject { ["Path"] = "/about" },
            ["Page"] = new JsonObject { ["Hero"] = new JsonObject { ["ContentItemIds"] = new JsonArray() } },
        }));
    }

    private static JsonObject Item(string id, string type, string title, JsonObject parts)
    {
        var item = new JsonObject
        {
            ["ContentItemId"] = id, ["ContentType"] = type, ["DisplayText"] = title,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
        };
        foreach (var (key, value) in parts) item[key] = value!.DeepClone();
        return item;
    }

    [Fact]
    public async Task GetBranding_FromThePublishedBrandingItem()
    {
        var branding = await Reader.GetBrandingAsync();

        branding.SiteName.Should().Be("Acme Outfitters");
        branding.LogoPath.Should().Be("logo.svg");
        branding.Colors["primary"].Should().Be("#c2410c");
    }

    [Fact]
    public async Task GetHomePage_WithItsPickedHero()
    {
        var home = await Reader.GetHomePageAsync();

        home!.Item.ContentItemId.Should().Be("home");
        home.Picked.Keys.Should().Equal("hero");
        home.Picked["hero"].FindPart("HeroSection")!["Headline"]!["Text"]!.GetValue<string>().Should().Be("Built for the long way round");
    }

    [Fact]
    public async Task GetPage_PathIgnoresCase_UnknownIsNull()
    {
        (await Reader.GetPageAsync("/About"))!.Item.DisplayText.Should().Be("About us");
        (await Reader.GetPageAsync("/nowhere")).Should().BeNull();
    }

    [Fact]
    public async Task GetPage_HeroUnpublished_PublishedPageLeavesItOutPreviewShowsIt()
    {
        await Content.UnpublishAsync("hero");

        (await Reader.GetHomePageAsync())!.Picked.Should().BeEmpty();
        (await Reader.GetHomePageAsync(VersionOptions.Latest))!.Picked.Keys.Should().Equal("hero");
    }
}

public sealed class SqliteLayoutReaderTests : LayoutReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresLayoutReaderTests : LayoutReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
