using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;
using OrchardCommerce.Media.Tests.Infrastructure;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Media.Tests.Recipes;

public abstract class MediaStepTests : MediaTestBase
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>";

    private static JsonObject Step(params (string? Target, string? Base64)[] files) => new()
    {
        ["name"] = "media",
        ["Files"] = new JsonArray(files.Select(f =>
        {
            var file = new JsonObject();
            if (f.Target is not null) file["TargetPath"] = f.Target;
            if (f.Base64 is not null) file["Base64"] = f.Base64;
            return (JsonNode)file;
        }).ToArray()),
    };

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Execute_Base64Files_StoresThemAndCounts()
    {
        var report = await RunStepAsync(Step(("logo.svg", B64(Svg)), ("products/tent.txt", B64("a tent"))));
        await NewScopeAsync();

        Encoding.UTF8.GetString((await Store.GetAsync("logo.svg"))!.Data).Should().Be(Svg);
        (await Store.GetAsync("logo.svg"))!.Info.ContentType.Should().Be("image/svg+xml");
        Encoding.UTF8.GetString((await Store.GetAsync("products/tent.txt"))!.Data).Should().Be("a tent");
        report.Counts["media files"].Should().Be(2);
    }

    [Fact]
    public async Task Execute_BadBase64_ThrowsNamingTheFile()
    {
        var act = () => RunStepAsync(Step(("ok.svg", B64(Svg)), ("broken.svg", "not*base64!")), stepIndex: 2);

        var error = (await act.Should().ThrowAsync<RecipeException>()).Which;
        error.Reason.Should().Contain("Files[1]").And.Contain("broken.svg").And.Contain("base64");
        error.Reason.Should().StartWith("step 3 (media)");
        error.File.Should().Be("test.recipe.json");
        await NewScopeAsync();
        (await Store.ListAsync()).Should().BeEmpty("the step's unit of work rolled back");
    }

    [Theory]
    [InlineData("../../etc/passwd.txt", "'..'")]
    [InlineData("evil.html", "'.html' is not allowed")]
    [InlineData("", "required")]
    public async Task Execute_BadTargetPath_ThrowsNamingTheFileAndReason(string target, string reason)
    {
        var act = () => RunStepAsync(Step((target, B64(Svg))));

        var error = (await act.Should().ThrowAsync<RecipeException>()).Which;
        error.Reason.Should().Contain("Files[0]").And.Contain("TargetPath").And.Contain(reason);
    }

    [Fact]
    public async Task Execute_FileOverLimit_ThrowsNamingTheFile()
    {
        var act = () => RunStepAsync(Step(("big.png", Convert.ToBase64String(new byte[MaxFileBytes + 1]))));

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Contain("Files[0]").And.Contain(MaxFileBytes.ToString());
    }

    [Fact]
    public async Task Execute_SourcePath_IsReportedAsSkipped()
    {
        var step = Step(("logo.svg", B64(Svg)));
        step["Files"]!.AsArray().Add(new JsonObject { ["SourcePath"] = "media/hero.jpg", ["TargetPath"] = "hero.jpg" });

        var report = await RunStepAsync(step);

        report.Skipped.Should().ContainSingle().Which.Should().Match<RecipeSkip>(s =>
            s.Step == "media" && s.Kind == "media-file" && s.Name == "hero.jpg" && s.Detail.Contains("SourcePath"));
        (await Store.GetAsync("hero.jpg")).Should().BeNull();
        (await Store.GetAsync("logo.svg")).Should().NotBeNull();
    }

    [Fact]
    public async Task Execute_WithoutFiles_Throws()
    {
        var act = () => RunStepAsync(new JsonObject { ["name"] = "media" });

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Contain("\"Files\" is required");
    }

    [Fact]
    public async Task Export_StoredFiles_OneStepOrderedByPathThatReimportsIdentically()
    {
        await Store.SaveAsync("products/b.png", [1, 2, 3]);
        await Store.SaveAsync("logo.svg", Encoding.UTF8.GetBytes(Svg));
        await Store.SaveAsync("a.txt", Encoding.UTF8.GetBytes("α"));

        var first = await ExportAsync();
        foreach (var path in new[] { "products/b.png", "logo.svg", "a.txt" }) await Store.DeleteAsync(path);
        Clock.Advance(TimeSpan.FromDays(3));
        await RunStepAsync(first[0]!.DeepClone().AsObject());
        var second = await ExportAsync();

        first.Should().ContainSingle();
        first[0]!["name"]!.GetValue<string>().Should().Be("media");
        first[0]!["Files"]!.AsArray().Select(f => (string)f!["TargetPath"]!).Should().Equal("a.txt", "logo.svg", "products/b.png");
        ((string)first[0]!["Files"]![2]!["Base64"]!).Should().Be("AQID");
        second.ToJsonString().Should().Be(first.ToJsonString());
    }

    [Fact]
    public async Task Export_NoFiles_AddsNoStep() =>
        (await ExportAsync()).Should().BeEmpty();
}

public sealed class SqliteMediaStepTests : MediaStepTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMediaStepTests : MediaStepTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
