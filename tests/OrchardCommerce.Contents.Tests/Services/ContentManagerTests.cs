using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Tests.Services;

public abstract class ContentManagerTests : ContentsTestBase
{
    private async Task<ContentItem> NewPageAsync(string title, string path, bool publish)
    {
        var page = await Content.NewAsync("Page");
        page.Part("TitlePart")["Title"] = title;
        page.Part("AutoroutePart")["Path"] = path;
        return await Content.CreateAsync(page, publish);
    }

    [Fact]
    public async Task Create_Published_IsPublishedAndLatestWithTitleAsDisplayText()
    {
        var page = await NewPageAsync("About us", "/about", publish: true);

        var published = await Content.GetAsync(page.ContentItemId, VersionOptions.Published);
        var latest = await Content.GetAsync(page.ContentItemId, VersionOptions.Latest);

        page.ContentItemId.Should().MatchRegex("^[0-9a-z]{26}$");
        published!.ContentItemVersionId.Should().Be(latest!.ContentItemVersionId);
        published.DisplayText.Should().Be("About us");
        published.PublishedUtc.Should().Be(Clock.Now.UtcDateTime);
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Draft)).Should().BeNull();
    }

    [Fact]
    public async Task UpdateDraft_OverPublished_KeepsPublishedAndAddsDraft()
    {
        var page = await NewPageAsync("About", "/about", publish: true);
        var edit = page.Clone();
        edit.Part("TitlePart")["Title"] = "About (new)";

        var draft = await Content.UpdateDraftAsync(edit);

        draft.ContentItemVersionId.Should().NotBe(page.ContentItemVersionId);
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Published))!.DisplayText.Should().Be("About");
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Latest))!.DisplayText.Should().Be("About (new)");
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Draft))!.ContentItemVersionId.Should().Be(draft.ContentItemVersionId);
    }

    [Fact]
    public async Task UpdateDraft_OverDraft_UpdatesSameVersion()
    {
        var page = await NewPageAsync("Draft", "/draft", publish: false);
        var edit = page.Clone();
        edit.Part("TitlePart")["Title"] = "Draft 2";

        var draft = await Content.UpdateDraftAsync(edit);

        draft.ContentItemVersionId.Should().Be(page.ContentItemVersionId);
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Published)).Should().BeNull();
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Latest))!.DisplayText.Should().Be("Draft 2");
    }

    [Fact]
    public async Task Publish_Draft_BecomesTheOnlyPublishedVersion()
    {
        var page = await NewPageAsync("V1", "/v", publish: true);
        var edit = page.Clone();
        edit.Part("TitlePart")["Title"] = "V2";
        var draft = await Content.UpdateDraftAsync(edit);
        Clock.Advance(TimeSpan.FromMinutes(5));

        await Content.PublishAsync(page.ContentItemId);

        var published = await Content.GetAsync(page.ContentItemId, VersionOptions.Published);
        published!.ContentItemVersionId.Should().Be(draft.ContentItemVersionId);
        published.Latest.Should().BeTrue();
        published.PublishedUtc.Should().Be(Clock.Now.UtcDateTime);
        (await Content.ListCurrentVersionsAsync()).Should().ContainSingle(v => v.ContentItemId == page.ContentItemId);
    }

    [Fact]
    public async Task Unpublish_Published_KeepsLatestAsDraft()
    {
        var page = await NewPageAsync("Gone", "/gone", publish: true);

        await Content.UnpublishAsync(page.ContentItemId);

        (await Content.GetAsync(page.ContentItemId, VersionOptions.Published)).Should().BeNull();
        (await Content.GetByRouteAsync("/gone")).Should().BeNull();
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Draft))!.DisplayText.Should().Be("Gone");
    }

    [Fact]
    public async Task Remove_Item_DeletesAllVersionsAndRoute()
    {
        var page = await NewPageAsync("Temp", "/temp", publish: true);
        await Content.UpdateDraftAsync(page.Clone());

        var removed = await Content.RemoveAsync(page.ContentItemId);

        removed.Should().BeTrue();
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Latest)).Should().BeNull();
        (await Content.GetByRouteAsync("/temp", VersionOptions.Latest)).Should().BeNull();
        (await Content.RemoveAsync(page.ContentItemId)).Should().BeFalse();
    }

    [Fact]
    public async Task Query_ByTypeAndStatus_ReturnsPageAndTotal()
    {
        for (var i = 0; i < 5; i++) await NewPageAsync($"P{i}", $"/p{i}", publish: i < 3);
        await Content.CreateAsync(await Content.NewAsync("Article"), publish: true);

        var published = await Content.QueryAsync("Page", VersionOptions.Published, page: 2, pageSize: 2);
        var latest = await Content.QueryAsync("Page", VersionOptions.Latest, page: 1, pageSize: 10);
        var drafts = await Content.QueryAsync("Page", VersionOptions.Draft, page: 1, pageSize: 10);

        published.Total.Should().Be(3);
        published.Items.Select(i => i.DisplayText).Should().Equal("P2");
        latest.Total.Should().Be(5);
        drafts.Items.Select(i => i.DisplayText).Should().Equal("P3", "P4");
    }

    [Fact]
    public async Task New_UnknownType_ThrowsNamingContentType()
    {
        var act = () => Content.NewAsync("Nope");

        (await act.Should().ThrowAsync<ContentValidationException>()).Which.Errors.Should().ContainKey("ContentType");
    }

    [Fact]
    public async Task GetByRoute_Home_FindsSetHomepageItem()
    {
        var page = await Content.NewAsync("Page");
        page.Part("TitlePart")["Title"] = "Welcome";
        page.Content["AutoroutePart"] = new JsonObject { ["Path"] = "", ["SetHomepage"] = true };
        await Content.CreateAsync(page, publish: true);

        var home = await Content.GetByRouteAsync("/");

        home!.ContentItemId.Should().Be(page.ContentItemId);
    }
}

public sealed class ContentManagerSqliteTests : ContentManagerTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class ContentManagerPostgresTests : ContentManagerTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
