using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using OrchardCommerce.Data;
using OrchardCommerce.Media.Tests.Infrastructure;
using OrchardCommerce.Shells;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Media.Tests.Api;

public abstract class MediaFileEndpointsTests : MediaHttpTestBase
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private const string ScriptedSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";

    [Fact]
    public async Task Get_StoredPng_ReturnsBytesWithCachingHeaders()
    {
        await SaveAsync("products/tent.png", Png);

        var response = await Anonymous.GetAsync("/media/products/tent.png");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(Png);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        response.Content.Headers.ContentLength.Should().Be(Png.Length);
        response.Headers.ETag!.Tag.Should().Be($"\"{Convert.ToHexStringLower(SHA256.HashData(Png))}\"");
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromHours(1));
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.Contains("Content-Security-Policy").Should().BeFalse();
    }

    [Fact]
    public async Task Get_MatchingIfNoneMatch_Returns304WithoutBody()
    {
        await SaveAsync("logo.png", Png);
        var etag = (await Anonymous.GetAsync("/media/logo.png")).Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/logo.png");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        request.Headers.IfNoneMatch.Add(etag);

        var response = await Anonymous.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        response.Headers.ETag.Should().Be(etag);
    }

    [Fact]
    public async Task Get_StaleIfNoneMatch_Returns200()
    {
        await SaveAsync("logo.png", Png);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/logo.png");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));

        var response = await Anonymous.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(Png);
    }

    [Fact]
    public async Task Get_Svg_IsSandboxedSoScriptsNeverRun()
    {
        await SaveAsync("evil.svg", Encoding.UTF8.GetBytes(ScriptedSvg));

        var response = await Anonymous.GetAsync("/media/evil.svg");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.Should().Contain("default-src 'none'").And.Contain("sandbox").And.NotContain("script-src");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Theory]
    [InlineData("/media/missing.png")]
    [InlineData("/media/Logo.png")]
    [InlineData("/media/")]
    [InlineData("/media/../logo.png")]
    [InlineData("/media/logo.exe")]
    public async Task Get_NothingStoredThere_Returns404(string url)
    {
        await SaveAsync("logo.png", Png);

        var response = await Anonymous.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_TenantWithoutMediaFeature_Returns404()
    {
        var shells = Host.Services.GetRequiredService<ShellHost>();
        await shells.SaveAsync(new ShellSettings
        {
            Name = "plain", State = ShellState.Running, RequestUrlHosts = ["plain.test"], Features = [], CreatedUtc = DateTime.UtcNow,
            ProvisionStore = false,
        });
        await SaveAsync("logo.png", Png);

        var response = await Host.CreateClient("plain.test").GetAsync("/media/logo.png");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteMediaFileEndpointsTests : MediaFileEndpointsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMediaFileEndpointsTests : MediaFileEndpointsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
