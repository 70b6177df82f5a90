using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Tests.Api;

/// <summary>Published reads are cached; every kind of write must make the next read see the change.</summary>
public abstract class PublishedContentCacheTests : ContentsHttpTestBase
{
    private const string About = """{"ContentItemId":"about1","ContentType":"Page","TitlePart":{"Title":"About v1"},"AutoroutePart":{"Path":"/about"}}""";

    [Fact]
    public async Task PublishedRead_AfterNewVersionPublished_ShowsIt()
    {
        await SeedItemsAsync(About);
        (await TitleByRouteAsync()).Should().Be("About v1");
        (await TitleByIdAsync()).Should().Be("About v1");

        await WithContentAsync(async content =>
        {
            var draft = (await content.GetAsync("about1", VersionOptions.Latest))!;
            draft.Part("TitlePart")["Title"] = "About v2";
            await content.UpdateDraftAsync(draft);
            // A saved draft is not published: the cached published version is still the right answer.
        });
        (await TitleByRouteAsync()).Should().Be("About v1");

        await WithContentAsync(content => content.PublishAsync("about1"));

        (await TitleByRouteAsync()).Should().Be("About v2");
        (await TitleByIdAsync()).Should().Be("About v2");
    }

    [Fact]
    public async Task PublishedRead_AfterUnpublishAndDelete_NotFound()
    {
        await SeedItemsAsync(About, """{"ContentItemId":"gone1","ContentType":"Page","TitlePart":{"Title":"Gone"},"AutoroutePart":{"Path":"/gone"}}""");
        (await TitleByIdAsync()).Should().Be("About v1");
        (await Client.GetAsync("/api/content/gone1")).StatusCode.Should().Be(HttpStatusCode.OK);

        await WithContentAsync(content => content.UnpublishAsync("about1"));
        await WithContentAsync(content => content.RemoveAsync("gone1"));

        (await Client.GetAsync("/api/content/about1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync("/api/content/by-route?path=/about")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync("/api/content/gone1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<string?> TitleByRouteAsync() =>
        (string?)(await Client.GetFromJsonAsync<JsonObject>("/api/content/by-route?path=/about"))!["TitlePart"]!["Title"];

    private async Task<string?> TitleByIdAsync() =>
        (string?)(await Client.GetFromJsonAsync<JsonObject>("/api/content/about1"))!["TitlePart"]!["Title"];
}

public sealed class PublishedContentCacheSqliteTests : PublishedContentCacheTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PublishedContentCachePostgresTests : PublishedContentCacheTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
