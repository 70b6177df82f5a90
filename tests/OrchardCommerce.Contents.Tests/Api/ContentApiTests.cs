using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Tests.Api;

public abstract class ContentApiTests : ContentsHttpTestBase
{
    private const string Published = """{"ContentItemId":"pub1","ContentType":"Page","TitlePart":{"Title":"About"},"AutoroutePart":{"Path":"/about"}}""";
    private const string DraftOnly = """{"ContentItemId":"draft1","ContentItemVersionId":"draft1v1","ContentType":"Page","Latest":true,"Published":false,"TitlePart":{"Title":"Secret"},"AutoroutePart":{"Path":"/secret"}}""";

    [Fact]
    public async Task Get_PublishedItem_ReturnsOrchardShapedJson()
    {
        await SeedItemsAsync(Published);

        var item = await Client.GetFromJsonAsync<JsonObject>("/api/content/pub1");

        ((string?)item!["ContentType"]).Should().Be("Page");
        ((string?)item["DisplayText"]).Should().Be("About");
        ((string?)item["TitlePart"]!["Title"]).Should().Be("About");
        ((bool)item["Published"]!).Should().BeTrue();
    }

    [Fact]
    public async Task Get_DraftOnlyItemAnonymously_NotFound()
    {
        await SeedItemsAsync(DraftOnly);

        var byId = await Client.GetAsync("/api/content/draft1");
        var byRoute = await Client.GetAsync("/api/content/by-route?path=/secret");

        byId.StatusCode.Should().Be(HttpStatusCode.NotFound);
        byRoute.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await byId.Content.ReadAsStringAsync()).Should().NotContain("Secret");
    }

    [Theory]
    [InlineData("/api/content/draft1?status=latest")]
    [InlineData("/api/content/draft1?status=draft")]
    [InlineData("/api/content?type=Page&status=latest")]
    public async Task Get_DraftsAnonymously_Unauthorized(string url)
    {
        await SeedItemsAsync(DraftOnly);

        var response = await Client.GetAsync(url);

        // Without credentials it is 401 (a token may grant it); 403 is for a signed-in user lacking ViewDrafts.
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_UnknownId_NotFoundProblem()
    {
        var response = await Client.GetAsync("/api/content/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task GetByRoute_PublishedPath_ReturnsItem()
    {
        await SeedItemsAsync(Published);

        var item = await Client.GetFromJsonAsync<JsonObject>("/api/content/by-route?path=about");

        ((string?)item!["ContentItemId"]).Should().Be("pub1");
    }

    [Fact]
    public async Task List_PublishedPages_PagedWithTotalAndClampedPageSize()
    {
        await SeedItemsAsync(Published, DraftOnly,
            """{"ContentItemId":"pub2","ContentType":"Page","TitlePart":{"Title":"Contact"},"AutoroutePart":{"Path":"/contact"}}""");

        var list = await Client.GetFromJsonAsync<JsonObject>("/api/content?type=Page&page=1&pageSize=500");

        ((int)list!["total"]!).Should().Be(2);
        ((int)list["pageSize"]!).Should().Be(100);
        list["items"]!.AsArray().Select(i => (string?)i!["ContentItemId"]).Should().Equal("pub1", "pub2");
    }

    [Theory]
    [InlineData("/api/content?page=0", "page")]
    [InlineData("/api/content?page=abc", "page")]
    [InlineData("/api/content?pageSize=-5x", "pageSize")]
    [InlineData("/api/content?status=everything", "status")]
    public async Task List_BadParameter_BadRequestNamingIt(string url, string parameter)
    {
        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().Equal(parameter);
    }

    [Fact]
    public async Task Get_TenantWithoutContents_NotFound()
    {
        var response = await Host.CreateClient("localhost").GetAsync("/api/content/pub1");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class ContentApiSqliteTests : ContentApiTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class ContentApiPostgresTests : ContentApiTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
