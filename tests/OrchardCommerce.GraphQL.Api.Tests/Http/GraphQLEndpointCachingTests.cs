using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// HTTP caching of published data on both databases: the ETag, 304 and the response cache, and a new ETag and body as
/// soon as a category, a product or a content item changes (the storefront versions move inside the write).
/// </summary>
public abstract class GraphQLEndpointCachingTests<THost>(THost fixture) : IClassFixture<THost> where THost : GraphQLHttpHost
{
    [Fact]
    public async Task Get_SameQueryTwice_SameETagAndIfNoneMatchGives304()
    {
        var url = GetUrl("{ products { nodes { handle title } } }");
        var first = await fixture.Client().GetAsync(url);
        var etag = first.Headers.ETag!;

        var second = await fixture.Client().GetAsync(url);
        var notModified = await ConditionalGetAsync(url, first);

        first.Headers.CacheControl!.Public.Should().BeTrue();
        first.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        (await first.Content.ReadAsStringAsync()).Should().Contain(BackpackTitle);
        second.Headers.ETag.Should().Be(etag);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_CategoryCreatedBetweenRequests_NewETagAndBodyShowsIt()
    {
        var url = GetUrl("{ categories { handle title } }");
        var before = await fixture.Client().GetAsync(url);
        var title = "Cat " + Guid.NewGuid().ToString("N")[..8];

        await fixture.InTenantAsync("acme", s => s.GetRequiredService<CategoryService>()
            .CreateAsync(new CategoryInput(title.ToLowerInvariant().Replace(' ', '-'), title, null, 0)));
        var after = await ConditionalGetAsync(url, before);

        await ShouldBeNewAsync(before, after);
        (await before.Content.ReadAsStringAsync()).Should().NotContain(title);
        (await after.Content.ReadAsStringAsync()).Should().Contain(title);
    }

    [Fact]
    public async Task Get_ProductPriceChangedBetweenRequests_NewETagAndBodyShowsIt()
    {
        var url = GetUrl($"{{ product(handle: \"{Backpack}\") {{ variants {{ sku price(currency: \"USD\") {{ amount }} }} }} }}");
        var before = await fixture.Client().GetAsync(url);
        var amount = Random.Shared.Next(20_000, 90_000);

        await fixture.InTenantAsync("acme", s => s.GetRequiredService<ProductService>()
            .SetPricesAsync(BackpackSku, new Dictionary<string, long> { ["USD"] = amount }));
        var after = await ConditionalGetAsync(url, before);

        await ShouldBeNewAsync(before, after);
        (await ReadAsync(after))["data"]!["product"]!["variants"]![0]!["price"]!["amount"]!.GetValue<int>().Should().Be(amount);
    }

    [Fact]
    public async Task Get_PagePublishedBetweenRequests_NewETagAndBodyShowsIt()
    {
        var url = GetUrl("{ pageItems(first: 50) { totalCount nodes { title path } } }");
        var before = await fixture.Client().GetAsync(url);

        var title = await fixture.CreatePageAsync("acme", publish: true);
        var after = await ConditionalGetAsync(url, before);

        await ShouldBeNewAsync(before, after);
        (await before.Content.ReadAsStringAsync()).Should().NotContain(title);
        (await after.Content.ReadAsStringAsync()).Should().Contain(title);
    }

    [Fact]
    public async Task Get_FieldError_NotCachedNoETag()
    {
        var url = GetUrl("{ branding { siteName } homePage(status: DRAFT) { id } }");

        var response = await fixture.Client().GetAsync(url);

        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Drafts need the ViewDrafts permission.");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.ETag.Should().BeNull();
    }

    private Task<HttpResponseMessage> ConditionalGetAsync(string url, HttpResponseMessage earlier)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(earlier.Headers.ETag!);
        return fixture.Client().SendAsync(request);
    }

    private static async Task ShouldBeNewAsync(HttpResponseMessage before, HttpResponseMessage after)
    {
        before.Headers.ETag.Should().NotBeNull();
        after.StatusCode.Should().Be(HttpStatusCode.OK, "the data changed, so the old ETag must not match");
        after.Headers.ETag.Should().NotBe(before.Headers.ETag);
        (await ReadAsync(after))["errors"].Should().BeNull();
    }
}

public sealed class SqliteGraphQLEndpointCachingTests(SqliteGraphQLHttpHost fixture) : GraphQLEndpointCachingTests<SqliteGraphQLHttpHost>(fixture);

public sealed class PostgresGraphQLEndpointCachingTests(PostgresGraphQLHttpHost fixture) : GraphQLEndpointCachingTests<PostgresGraphQLHttpHost>(fixture);
