using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Outbox;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Contents.Tests.Outbox;

/// <summary>The content outbox: publish, unpublish and delete write their event with the change, and only then.</summary>
public abstract class ContentFeedTests : ContentsTestBase
{
    private ChangeFeed<ContentStream> Feed => Services.GetRequiredService<ChangeFeed<ContentStream>>();

    private async Task<IReadOnlyList<FeedEvent>> EventsAsync() => (await Feed.ReadAsync(0, 100, TimeSpan.Zero)).Events;

    private async Task<ContentItem> NewPageAsync(bool publish)
    {
        var page = await Content.NewAsync("Page");
        page.Part("TitlePart")["Title"] = "About";
        page.Part("AutoroutePart")["Path"] = "/about";
        return await Content.CreateAsync(page, publish);
    }

    [Fact]
    public async Task Lifecycle_PublishUnpublishDelete_FeedHasOneVersionedEventEach()
    {
        var page = await NewPageAsync(publish: false);
        (await EventsAsync()).Should().BeEmpty("saving a draft changes nothing the site shows");

        await Content.PublishAsync(page.ContentItemId);
        await Content.PublishAsync(page.ContentItemId);
        await Content.UnpublishAsync(page.ContentItemId);
        await Content.RemoveAsync(page.ContentItemId);

        var events = await EventsAsync();
        events.Select(e => (e.Type, e.AggregateType, e.AggregateId, e.AggregateVersion)).Should().Equal(
            (ContentEvents.Published, "content", page.ContentItemId, 1L),
            (ContentEvents.Unpublished, "content", page.ContentItemId, 2L),
            (ContentEvents.Deleted, "content", page.ContentItemId, 3L));
        events[0].Data.GetProperty("ContentType").GetString().Should().Be("Page");
        events[0].Data.GetProperty("TitlePart").GetProperty("Title").GetString().Should().Be("About");
        events[2].Data.GetProperty("contentType").GetString().Should().Be("Page");
        events.Select(e => e.Sequence).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task CreatePublished_Branding_WritesPublishedAndBrandingChanged()
    {
        var branding = await Content.NewAsync("Branding");
        branding.Part("TitlePart")["Title"] = "Brand";

        await Content.CreateAsync(branding, publish: true);

        (await EventsAsync()).Select(e => (e.Type, e.AggregateVersion)).Should().Equal(
            (ContentEvents.Published, 1L), (ContentEvents.BrandingChanged, 2L));
    }

    [Fact]
    public async Task Publish_WorkFails_NoEventAndNoChange()
    {
        var page = await NewPageAsync(publish: false);
        var session = Services.GetRequiredService<DbSession>();

        await using (var work = await session.BeginWorkAsync())
        {
            await Content.PublishAsync(page.ContentItemId);
            // Not completed: the outer unit of work rolls back the publish and its event together.
        }

        (await EventsAsync()).Should().BeEmpty();
        (await Content.GetAsync(page.ContentItemId, VersionOptions.Published)).Should().BeNull();
    }

    [Fact]
    public async Task Remove_Unknown_WritesNothing()
    {
        (await Content.RemoveAsync("nothing-here")).Should().BeFalse();

        (await EventsAsync()).Should().BeEmpty();
    }
}

public sealed class ContentFeedSqliteTests : ContentFeedTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class ContentFeedPostgresTests : ContentFeedTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
