using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Tests.Handlers;

public abstract class AutoroutePartHandlerTests : ContentsTestBase
{
    private async Task<ContentItem> PageAsync(string title, string? path)
    {
        var page = await Content.NewAsync("Page");
        page.Part("TitlePart")["Title"] = title;
        page.Part("AutoroutePart")["Path"] = path;
        return page;
    }

    [Fact]
    public async Task Create_PathWithoutSlashes_IsNormalized()
    {
        var page = await Content.CreateAsync(await PageAsync("About", " about-us/ "), publish: true);

        ((string?)page.Part("AutoroutePart")["Path"]).Should().Be("/about-us");
        (await Content.GetByRouteAsync("/About-Us"))!.ContentItemId.Should().Be(page.ContentItemId);
    }

    [Fact]
    public async Task Create_EmptyPath_GeneratedFromTitle()
    {
        var page = await Content.CreateAsync(await PageAsync("Hello, World & Friends!", ""), publish: false);

        ((string?)page.Part("AutoroutePart")["Path"]).Should().Be("/hello-world-friends");
    }

    [Fact]
    public async Task Create_PathOfAnotherItem_FailsNamingAutoroutePath()
    {
        await Content.CreateAsync(await PageAsync("First", "/taken"), publish: false);

        var act = async () => await Content.CreateAsync(await PageAsync("Second", "taken"), publish: true);

        var error = (await act.Should().ThrowAsync<ContentValidationException>()).Which;
        error.Errors.Should().ContainKey("AutoroutePart.Path").WhoseValue.Single().Should().Contain("/taken");
        (await Content.QueryAsync("Page", VersionOptions.Latest, 1, 10)).Total.Should().Be(1);
    }

    [Fact]
    public async Task UpdateDraft_SameItemKeepsItsPath_Succeeds()
    {
        var page = await Content.CreateAsync(await PageAsync("Mine", "/mine"), publish: true);

        var draft = await Content.UpdateDraftAsync(page.Clone());

        ((string?)draft.Part("AutoroutePart")["Path"]).Should().Be("/mine");
    }

    [Fact]
    public async Task Create_PathUnderApi_FailsNamingAutoroutePath()
    {
        var act = async () => await Content.CreateAsync(await PageAsync("Api", "/api/content"));

        (await act.Should().ThrowAsync<ContentValidationException>()).Which.Errors.Should().ContainKey("AutoroutePart.Path");
    }
}

public sealed class AutoroutePartHandlerSqliteTests : AutoroutePartHandlerTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class AutoroutePartHandlerPostgresTests : AutoroutePartHandlerTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
