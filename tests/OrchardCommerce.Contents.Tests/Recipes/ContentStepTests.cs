using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Contents.Tests.Recipes;

public abstract class ContentStepTests : ContentsTestBase
{
    private const string PublishedPage = """
        {"ContentItemId":"4x1page0000000000000000001","ContentItemVersionId":"4x1pagev000000000000000001","ContentType":"Page",
         "DisplayText":"About","Latest":false,"Published":true,"ModifiedUtc":"2024-05-01T10:00:00Z","PublishedUtc":"2024-05-01T10:00:00.123Z",
         "CreatedUtc":"2024-04-30T08:15:00Z","Owner":"admin","Author":"editor",
         "TitlePart":{"Title":"About"},"AutoroutePart":{"Path":"/about","SetHomepage":false},"HtmlBodyPart":{"Html":"<p>Hi</p>"},
         "Page":{"Subtitle":{"Text":"Who we are"},"Hero":{"ContentItemIds":[]}}}
        """;

    private const string DraftPage = """
        {"ContentItemId":"4x1page0000000000000000001","ContentItemVersionId":"4x1pagev000000000000000002","ContentType":"Page",
         "DisplayText":"About us","Latest":true,"Published":false,"ModifiedUtc":"2024-06-01T10:00:00Z","PublishedUtc":null,
         "CreatedUtc":"2024-04-30T08:15:00Z","Owner":"admin","Author":"editor",
         "TitlePart":{"Title":"About us"},"AutoroutePart":{"Path":"/about","SetHomepage":false},"HtmlBodyPart":{"Html":"<p>Hello</p>"},
         "Page":{"Subtitle":{"Text":"Who we are"},"Hero":{"ContentItemIds":[]}}}
        """;

    private static JsonObject Step(params string[] items) =>
        new() { ["name"] = "Content", ["data"] = new JsonArray(items.Select(i => (JsonNode)TestModel.Item(i)).ToArray()) };

    [Fact]
    public async Task Step_Items_PreserveIdsFlagsOwnerAndDates()
    {
        await RunStepAsync(Step(PublishedPage, DraftPage));

        var published = await Content.GetAsync("4x1page0000000000000000001", VersionOptions.Published);
        var latest = await Content.GetAsync("4x1page0000000000000000001", VersionOptions.Latest);
        published!.ToJson().ToJsonString().Should().Be(TestModel.Item(PublishedPage).ToJsonString());
        latest!.ToJson().ToJsonString().Should().Be(TestModel.Item(DraftPage).ToJsonString());
    }

    [Fact]
    public async Task ExportImportExport_SameRecipe()
    {
        var hero = await Content.NewAsync("HeroSection");
        hero.Part("HeroSection")["Headline"] = new JsonObject { ["Text"] = "Big" };
        await Content.CreateAsync(hero, publish: true);
        await RunStepAsync(Step(PublishedPage, DraftPage));
        var first = await ExportAsync();

        await DisposeAsync();
        await InitializeAsync();
        foreach (var step in first) await RunStepAsync(step!.DeepClone().AsObject());
        await NewScopeAsync();
        var second = await ExportAsync();

        second.ToJsonString().Should().Be(first.ToJsonString());
        second[1]!["data"]!.AsArray().Should().HaveCount(3);
    }

    [Fact]
    public async Task Step_ItemWithoutContentType_ErrorNamesIndex()
    {
        var act = () => RunStepAsync(Step(PublishedPage, """{"ContentItemId":"x1","TitlePart":{"Title":"No type"}}"""));

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Contain("data[1]").And.Contain("ContentType");
    }

    [Fact]
    public async Task Step_ItemOfUndefinedType_ReportedAndSkipped()
    {
        var report = await RunStepAsync(Step("""{"ContentItemId":"x2","ContentType":"Widget"}"""));

        report.Skipped.Should().ContainSingle(s => s.Kind == "content-item" && s.Name == "Widget" && s.Detail.Contains("data[0]"));
        (await Content.GetAsync("x2", VersionOptions.Latest)).Should().BeNull();
    }

    [Fact]
    public async Task Step_HandWrittenItem_LiveWithRouteAndSanitizedHtml()
    {
        await RunStepAsync(Step("""{"ContentItemId":"home","ContentType":"Page","TitlePart":{"Title":"Home"},"AutoroutePart":{"Path":"home"},"HtmlBodyPart":{"Html":"<p>Hi<script>x()</script></p>"}}"""));

        var home = await Content.GetByRouteAsync("/home");
        home!.Published.Should().BeTrue();
        home.DisplayText.Should().Be("Home");
        ((string?)home.Part("HtmlBodyPart")["Html"]).Should().Be("<p>Hi</p>");
    }
}

public sealed class ContentStepSqliteTests : ContentStepTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class ContentStepPostgresTests : ContentStepTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
