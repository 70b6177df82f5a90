using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;
using OrchardCommerce.Media.Tests.Infrastructure;

namespace OrchardCommerce.Media.Tests.Api;

public abstract class MediaApiTests : MediaHttpTestBase
{
    private static readonly byte[] Gif = Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000");

    [Fact]
    public async Task Upload_WithoutToken_Returns401AndStoresNothing()
    {
        var response = await Anonymous.PostAsync("/api/media", Upload("x.gif", Gif));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Anonymous.GetAsync("/media/x.gif")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_WithoutToken_Returns401() =>
        (await Anonymous.GetAsync("/api/media")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("../x.png", "'..'")]
    [InlineData("x.exe", "'.exe' is not allowed")]
    [InlineData("a\\x.png", "backslash")]
    public async Task Upload_BadPath_Returns400NamingPath(string path, string reason)
    {
        var response = await Admin.PostAsync("/api/media", Upload(path, Gif));

        (await response.ShouldNameFieldAsync("path")).Should().Contain(reason);
    }

    [Fact]
    public async Task Upload_ValidFile_Returns201AndIsServedWithTheSameBytes()
    {
        var response = await Admin.PostAsync("/api/media", Upload("/images/Dot.gif", Gif));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.Should().Be("/media/images/Dot.gif");
        var info = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)info["path"]!).Should().Be("images/Dot.gif");
        ((string)info["contentType"]!).Should().Be("image/gif");
        ((long)info["length"]!).Should().Be(Gif.Length);
        var served = await Anonymous.GetAsync("/media/images/Dot.gif");
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(Gif);
        served.Headers.ETag!.Tag.Should().Be($"\"{(string)info["sha256"]!}\"");
    }

    [Fact]
    public async Task Upload_WithoutPath_UsesTheFileName()
    {
        var response = await Admin.PostAsync("/api/media", Upload(null, Gif, "pixel.gif"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await Anonymous.GetByteArrayAsync("/media/pixel.gif")).Should().Equal(Gif);
    }

    [Fact]
    public async Task Upload_WithoutFile_Returns400NamingFile()
    {
        var form = new MultipartFormDataContent { { new StringContent("x.gif"), "path" } };

        await (await Admin.PostAsync("/api/media", form)).ShouldNameFieldAsync("file");
    }

    [Fact]
    public async Task Upload_NotMultipart_Returns400NamingFile() =>
        await (await Admin.PostAsJsonAsync("/api/media", new { path = "x.gif" })).ShouldNameFieldAsync("file");

    [Theory]
    [InlineData(MaxFileBytes + 1)]
    [InlineData(MaxFileBytes * 4)]
    public async Task Upload_OverTheLimit_Returns400NamingFileAndLimit(long size)
    {
        var response = await Admin.PostAsync("/api/media", Upload("big.png", new byte[size]));

        (await response.ShouldNameFieldAsync("file")).Should().Contain(MaxFileBytes.ToString());
        (await Anonymous.GetAsync("/media/big.png")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_Folder_ReturnsItsFilesDescribed()
    {
        await SaveAsync("products/b.gif", Gif);
        await SaveAsync("products/a.gif", Gif);
        await SaveAsync("logo.gif", Gif);

        var list = (await Admin.GetFromJsonAsync<JsonArray>("/api/media?folder=products"))!;

        list.Select(f => (string)f!["path"]!).Should().Equal("products/a.gif", "products/b.gif");
        list[0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["path", "contentType", "length", "sha256", "modifiedUtc"]);
    }

    [Fact]
    public async Task List_BadFolder_Returns400NamingFolder() =>
        await (await Admin.GetAsync("/api/media?folder=../other")).ShouldNameFieldAsync("folder");

    [Fact]
    public async Task Delete_StoredFile_Returns204ThenItIsGone()
    {
        await SaveAsync("products/old.gif", Gif);

        var deleted = await Admin.DeleteAsync("/api/media/products/old.gif");
        var again = await Admin.DeleteAsync("/api/media/products/old.gif");

        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Anonymous.GetAsync("/media/products/old.gif")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Anonymous.DeleteAsync("/api/media/products/old.gif")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ImportRecipe_MediaStepWithBadFile_RollsBackTheWholeRecipe()
    {
        var good = Convert.ToBase64String(Gif);
        var recipe = $$"""
            { "name": "bad-media", "steps": [
              { "name": "media", "Files": [ { "TargetPath": "first.gif", "Base64": "{{good}}" } ] },
              { "name": "media", "Files": [ { "TargetPath": "second.gif", "Base64": "{{good}}" }, { "TargetPath": "third.gif", "Base64": "%%%" } ] } ] }
            """;

        var response = await Admin.PostAsync("/api/recipes/import", new StringContent(recipe, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Files[1]");
        (await Anonymous.GetAsync("/media/first.gif")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Anonymous.GetAsync("/media/second.gif")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteMediaApiTests : MediaApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMediaApiTests : MediaApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
