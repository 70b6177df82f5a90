using System.Net;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Tests.Outbox;

public sealed class ContentEventsApiTests : ContentsHttpTestBase
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task Events_Anonymous_Unauthorized()
    {
        await SeedItemsAsync("""{ "ContentType": "Page", "TitlePart": { "Title": "Home" }, "AutoroutePart": { "Path": "/" } }""");

        var response = await Client.GetAsync("/api/content/events");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
