using System.Net;

namespace OrchardCommerce.Cms.Web.Tests;

public abstract class TenantRoutingTests(DemoHost demo)
{
    [Fact]
    public async Task HomePage_DemoTenants_ShowTheirOwnBrandingAndHero()
    {
        var acme = await demo.Client("acme.localhost").GetStringAsync("/");
        var globex = await demo.Client("globex.localhost").GetStringAsync("/");

        acme.Should().Contain("Acme Outfitters").And.Contain("#c2410c").And.Contain("Built for the long way round");
        acme.Should().NotContain("Globex");
        globex.Should().Contain("Globex Coffee Roasters").And.Contain("#14532d").And.Contain("This season&#x27;s harvest has landed");
        globex.Should().NotContain("Acme");
    }

    [Theory]
    [InlineData("unknown.localhost")]
    [InlineData("acme.localhost.evil.test")]
    [InlineData("globex")]
    public async Task AnyPath_UnknownHost_Returns404(string host)
    {
        var response = await demo.Client(host).GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Acme").And.NotContain("Globex");
    }

    [Fact]
    public async Task ProductPage_ByRoute_RendersMarkdownBody()
    {
        var html = await demo.Client("acme.localhost").GetStringAsync("/products/summit-down-jacket");

        html.Should().Contain("<strong>responsibly sourced down</strong>");
        html.Should().Contain("<span class=\"label\">Price (from commerce)</span> 249.00", "numbers show with their field's scale");
        html.Should().Contain("<span class=\"label\">Featured</span> Yes");
    }
}

[Collection(DemoCollection.Name)]
public sealed class SqliteTenantRoutingTests(DemoHost demo) : TenantRoutingTests(demo);

[Collection(PostgresDemoCollection.Name)]
public sealed class PostgresTenantRoutingTests(PostgresDemoHost demo) : TenantRoutingTests(demo);
