using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrchardCommerce.Cms.Web.Tests;

/// <summary>The demo sites show no broken images: every image a page points at is served by the tenant.</summary>
[Collection(DemoCollection.Name)]
public sealed partial class DemoMediaTests(DemoHost demo)
{
    [Theory]
    [InlineData("acme.localhost")]
    [InlineData("globex.localhost")]
    public async Task Images_HomeAndProductPages_AllAnswerWithImages(string host)
    {
        using var client = demo.Client(host);
        var products = (await client.GetFromJsonAsync<JsonObject>("/api/content?type=ProductContent&pageSize=100"))!["items"]!.AsArray();
        var pages = new[] { "/" }.Concat(products.Select(p => (string)p!["AutoroutePart"]!["Path"]!)).ToList();
        products.Should().HaveCount(4);

        var sources = new HashSet<string>();
        foreach (var page in pages)
        {
            var html = await client.GetStringAsync(page);
            var images = ImgSrc().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            // Every page has the logo; the home page adds the hero, a product page its picture.
            images.Should().HaveCountGreaterThanOrEqualTo(2, $"{host}{page} shows the logo and one more image");
            sources.UnionWith(images);
        }

        sources.Should().HaveCount(2 + products.Count, "logo, hero and one image per product");
        foreach (var src in sources)
        {
            src.Should().StartWith("/media/", "demo media is served by the tenant itself");
            var response = await client.GetAsync(src);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{host}{src}");
            response.Content.Headers.ContentType!.MediaType.Should().StartWith("image/", $"{host}{src}");
            (await response.Content.ReadAsByteArrayAsync()).Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task Logo_DemoTenants_EachServesItsOwn()
    {
        var acme = await demo.Client("acme.localhost").GetStringAsync("/media/logo.svg");
        var globex = await demo.Client("globex.localhost").GetStringAsync("/media/logo.svg");

        acme.Should().Contain("<svg").And.Contain("ACME").And.NotContain("GLOBEX");
        globex.Should().Contain("<svg").And.Contain("GLOBEX").And.NotContain("ACME");
    }

    [GeneratedRegex("<img\\b[^>]*\\bsrc=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ImgSrc();
}
