using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// Data over HTTP on both databases: HTTP caching of published data (ETag, 304, the response cache, moved by a catalog
/// write), draft callers, and tenant isolation.
/// </summary>
public abstract class GraphQLEndpointCachingTests<THost>(THost fixture) : IClassFixture<THost> where THost : GraphQLHttpHost
{
    [Fact]
    public async Task Get_SameQueryTwice_SameETagAndIfNoneMatchGives304()
    {
        var url = GraphQLHttpHost.GetUrl("{ products { handle } }");
        var first = await fixture.Client().GetAsync(url);
        var etag = first.Headers.ETag!;

        var second = await fixture.Client().GetAsync(url);
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await fixture.Client().SendAsync(conditional);

        first.Headers.CacheControl!.Public.Should().BeTrue();
        first.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        second.Headers.ETag.Should().Be(etag);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_CategoryCreatedBetweenRequests_NewETagAndBodyShowsIt()
    {
        var url = GraphQLHttpHost.GetUrl("{ categories }");
        var before = await fixture.Client().GetAsync(url);
        var title = "Cat " + Guid.NewGuid().ToString("N")[..8];

        var shell = await fixture.ShellAsync("acme");
        await using (var scope = shell.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CategoryService>().CreateAsync(new CategoryInput(title.ToLowerInvariant().Replace(' ', '-'), title, null, 0));
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await fixture.Client().SendAsync(conditional);

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Headers.ETag.Should().NotBe(before.Headers.ETag);
        (await before.Content.ReadAsStringAsync()).Should().NotContain(title);
        (await after.Content.ReadAsStringAsync()).Should().Contain(title);
    }

    [Fact]
    public async Task Get_DraftCaller_NoStoreAndSeesDrafts()
    {
        var url = GraphQLHttpHost.GetUrl("{ canSeeDrafts }");

        var anonymous = await fixture.Client().GetAsync(url);
        var admin = await fixture.Client(bearerToken: fixture.AdminToken).GetAsync(url);

        (await anonymous.Content.ReadAsStringAsync()).Should().Be("{\"data\":{\"canSeeDrafts\":false}}");
        (await admin.Content.ReadAsStringAsync()).Should().Be("{\"data\":{\"canSeeDrafts\":true}}");
        admin.Headers.CacheControl!.NoStore.Should().BeTrue();
        admin.Headers.ETag.Should().BeNull();
    }

    [Fact]
    public async Task Post_AcmeTokenOnGlobex_PublishedOnly()
    {
        var response = await fixture.Client("globex", fixture.AdminToken).PostAsync("/api/graphql", GraphQLHttpHost.Body("{ canSeeDrafts }"));

        (await response.Content.ReadAsStringAsync()).Should().Be("{\"data\":{\"canSeeDrafts\":false}}");
    }

    [Fact]
    public async Task Get_SameQueryOnTwoTenants_EachSeesOnlyItsOwnProducts()
    {
        var url = GraphQLHttpHost.GetUrl("{ products(first: 100) { handle } }");

        var acme = await (await fixture.Client("acme").GetAsync(url)).Content.ReadAsStringAsync();
        var globex = await (await fixture.Client("globex").GetAsync(url)).Content.ReadAsStringAsync();

        var acmeHandles = Handles(acme);
        var globexHandles = Handles(globex);
        acmeHandles.Should().NotBeEmpty();
        globexHandles.Should().NotBeEmpty();
        acmeHandles.Should().NotIntersectWith(globexHandles);
    }

    [Fact]
    public async Task Get_ErrorResponse_NotCached()
    {
        var response = await fixture.Client().GetAsync(GraphQLHttpHost.GetUrl("{ fail }"));

        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.ETag.Should().BeNull();
    }

    private static string[] Handles(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!["data"]!["products"]!.AsArray().Select(p => p!["handle"]!.GetValue<string>()).ToArray();
}

public sealed class SqliteGraphQLEndpointCachingTests(SqliteGraphQLHttpHost fixture) : GraphQLEndpointCachingTests<SqliteGraphQLHttpHost>(fixture);

public sealed class PostgresGraphQLEndpointCachingTests(PostgresGraphQLHttpHost fixture) : GraphQLEndpointCachingTests<PostgresGraphQLHttpHost>(fixture);
