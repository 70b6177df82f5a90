using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>The extension point: a section registered with AddJobsDashboardSection joins the navigation and the guarded group.</summary>
public sealed class DashboardSectionTests(DashboardSectionTests.SectionHost fixture) : IClassFixture<DashboardSectionTests.SectionHost>
{
    [Fact]
    public async Task SectionPage_WithoutSignIn_RedirectsToLogin()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.GetPageAsync("/jobs/echo");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/jobs/login?returnUrl=%2Fjobs%2Fecho");
    }

    [Fact]
    public async Task SectionPage_SignedIn_RendersInTheLayoutEncodedUnderANonceCsp()
    {
        using var client = fixture.Host.CreateClient();
        await client.LoginAsync(DashboardTestHost.Token);

        var response = await client.GetPageAsync("/jobs/echo?text=" + Uri.EscapeDataString("<b>hi</b>"));
        var overview = await client.GetDocumentAsync("/jobs/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = DashboardHttpClient.Parse(await response.Content.ReadAsStringAsync());
        document.GetElementbyId("echo")!.InnerHtml.Should().Be("&lt;b&gt;hi&lt;/b&gt;");
        var nonce = document.DocumentNode.SelectSingleNode("//script[@src='/jobs/assets/dashboard.js']")!.GetAttributeValue("nonce", "");
        nonce.Should().NotBeEmpty();
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain($"script-src 'nonce-{nonce}' 'self'").And.Contain("font-src 'self'");
        var link = overview.DocumentNode.SelectSingleNode("//nav/a[@class='section']")!;
        (link.GetAttributeValue("href", ""), HtmlEntity.DeEntitize(link.InnerText)).Should().Be(("/jobs/echo", "Echo <section>"));
    }

    [Fact]
    public async Task SectionJsonPost_AntiforgeryInHeader_IsAcceptedAndWithoutIt400()
    {
        using var client = fixture.Host.CreateClient();
        await client.LoginAsync(DashboardTestHost.Token);
        var page = await client.GetDocumentAsync("/jobs/echo");
        var token = page.DocumentNode.SelectSingleNode("//meta[@name='csrf-token']")!.GetAttributeValue("content", "");

        var without = await client.PostJsonAsync("/jobs/echo", "{}", antiforgery: null);
        var wrong = await client.PostJsonAsync("/jobs/echo", "{}", antiforgery: token + "x");
        var with = await client.PostJsonAsync("/jobs/echo", "{}", antiforgery: token);

        without.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        with.StatusCode.Should().Be(HttpStatusCode.OK);
        (await with.Content.ReadAsStringAsync()).Should().Be("{\"echoed\":true}");
    }

    [Fact]
    public async Task EmbeddedAssets_KnownName_ServedWithETagAndRevalidatedWith304()
    {
        using var client = fixture.Host.CreateClient();
        await client.LoginAsync(DashboardTestHost.Token);

        var first = await client.GetJsonAsync("/jobs/echo/assets/dashboard.css");
        var etag = first.Headers.ETag!.Tag;
        var again = await client.SendAsync(HttpMethod.Get, "/jobs/echo/assets/dashboard.css", ("If-None-Match", etag));
        var unknown = await client.GetJsonAsync("/jobs/echo/assets/missing.css");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
        Encoding.UTF8.GetString(await first.Content.ReadAsByteArrayAsync()).Should().Contain("Jobs dashboard");
        again.StatusCode.Should().Be(HttpStatusCode.NotModified);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>A dashboard host without workers, with <see cref="EchoSection"/> registered.</summary>
    public sealed class SectionHost : IAsyncLifetime
    {
        public DashboardTestHost Host { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Host = await DashboardTestHost.StartAsync(workers: false, services: s => s.AddJobsDashboardSection<EchoSection>().AddJobsDashboardSection<EchoSection>());

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
