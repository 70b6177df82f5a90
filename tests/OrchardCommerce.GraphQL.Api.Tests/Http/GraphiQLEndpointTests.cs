using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>GraphiQL: the page with a per-response CSP nonce on every script, and the embedded assets.</summary>
public sealed partial class GraphiQLEndpointTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Fact]
    public async Task GetPage_Twice_FreshNonceOnEveryScriptAndInTheCsp()
    {
        var first = await fixture.Client().GetAsync("/api/graphql/graphiql");
        var second = await fixture.Client().GetAsync("/api/graphql/graphiql");

        var html = await first.Content.ReadAsStringAsync();
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = CspNonce().Match(csp).Groups[1].Value;
        nonce.Should().NotBeEmpty();
        csp.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval").And.Contain("connect-src 'self'");
        ScriptTag().Matches(html).Should().HaveCount(4).And.OnlyContain(m => m.Value.Contains($"nonce=\"{nonce}\""));
        html.Should().NotContain("{{").And.Contain("data-endpoint=\"/api/graphql\"");
        second.Headers.GetValues("Content-Security-Policy").Single().Should().NotContain(nonce);
        first.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task GetEndpoint_BrowserAcceptWithoutQuery_ServesGraphiQL()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await fixture.Client().SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<title>GraphiQL</title>");
    }

    [Fact]
    public async Task GetAssets_EveryLinkedAsset_ServedImmutableWithItsType()
    {
        var html = await (await fixture.Client().GetAsync("/api/graphql/graphiql")).Content.ReadAsStringAsync();
        var urls = AssetUrl().Matches(html).Select(m => m.Groups[1].Value).ToList();

        urls.Should().HaveCount(5);
        foreach (var url in urls)
        {
            var response = await fixture.Client().GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            response.Headers.CacheControl!.ToString().Should().Contain("immutable");
            response.Content.Headers.ContentType!.MediaType.Should().Be(url.EndsWith(".js") ? "text/javascript" : "text/css");
            (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(100);
        }
    }

    [Fact]
    public async Task GetAsset_Unknown_404()
    {
        var response = await fixture.Client().GetAsync("/api/graphql/graphiql/assets/x/nope.js");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex CspNonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("(?:src|href)=\"(/api/graphql/graphiql/assets/[^\"]+)\"")]
    private static partial Regex AssetUrl();
}
