using System.Net;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Tests.Site;

public abstract class SiteEndpointsTests : ContentsHttpTestBase
{
    private const string Branding = """
        {"ContentItemId":"brand","ContentType":"Branding","TitlePart":{"Title":"Acme Inc"},
         "Branding":{"SiteName":{"Text":"Acme <Rockets>"},"Tagline":{"Text":"Fast & far"},"PrimaryColor":{"Text":"#ff5500"},
                     "SecondaryColor":{"Text":"navy"},"AccentColor":{"Text":"red;}body{display:none"},"Logo":{"Paths":["acme/logo.png"],"MediaTexts":["Acme"]}}}
        """;
    private const string Hero = """
        {"ContentItemId":"hero","ContentType":"HeroSection","TitlePart":{"Title":"Hero"},
         "HeroSection":{"Headline":{"Text":"Rockets for <everyone>"},"Subheadline":{"Text":"Since 1949"},
                        "Image":{"Paths":["acme/hero.jpg"],"MediaTexts":["A rocket"]},"Cta":{"Url":"/shop","Text":"Shop now"}}}
        """;
    private const string Home = """
        {"ContentItemId":"home","ContentType":"Page","TitlePart":{"Title":"Welcome"},"AutoroutePart":{"Path":"/"},
         "HtmlBodyPart":{"Html":"<p>Hello <em>world</em></p>"},"Page":{"Subtitle":{"Text":"Hi"},"Hero":{"ContentItemIds":["hero"]}}}
        """;

    [Fact]
    public async Task Home_PageWithPickedHeroAndBranding_RendersAll()
    {
        await SeedItemsAsync(Branding, Hero, Home);

        var response = await Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("--primary:#ff5500;").And.Contain("--secondary:navy;").And.NotContain("display:none");
        html.Should().Contain("Acme &lt;Rockets&gt;").And.Contain("Fast &amp; far").And.Contain("src=\"/media/acme/logo.png\"");
        html.Should().Contain("<h1>Welcome</h1>").And.Contain("<p>Hello <em>world</em></p>");
        html.Should().Contain("<section class=\"field field-hero content-herosection\">");
        html.Should().Contain("<h2 class=\"field field-headline\">Rockets for &lt;everyone&gt;</h2>");
        html.Should().Contain("Since 1949").And.Contain("src=\"/media/acme/hero.jpg\" alt=\"A rocket\"");
        html.Should().Contain("<a class=\"field field-cta\" href=\"/shop\">Shop now</a>");
    }

    [Fact]
    public async Task Page_UnknownRoute_NotFoundHtml()
    {
        await SeedItemsAsync(Branding);

        var response = await Client.GetAsync("/no/such/page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Page not found").And.Contain("--primary:#ff5500;");
    }

    [Fact]
    public async Task Page_UnpublishedHero_PageRendersWithoutIt()
    {
        await SeedItemsAsync(Hero.Replace("\"ContentType\"", "\"Latest\":true,\"Published\":false,\"ContentType\""), Home);

        var html = await Client.GetStringAsync("/");

        html.Should().Contain("<h1>Welcome</h1>").And.NotContain("Rockets for");
    }

    [Fact]
    public async Task Page_UnknownApiPath_NotAnHtmlPage()
    {
        var response = await Client.GetAsync("/api/nothing");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}

public sealed class SiteEndpointsSqliteTests : SiteEndpointsTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class SiteEndpointsPostgresTests : SiteEndpointsTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
