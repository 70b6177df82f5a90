using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// Carts and orders are one visitor's data and change without the published-data version moving, so an answer that
/// selects them is never cached, by the server or by anyone else; published answers to POST are cached by the server
/// only (never public), and still follow the data.
/// </summary>
public abstract class GraphQLEndpointPrivateDataTests<THost>(THost fixture) : IClassFixture<THost> where THost : GraphQLHttpHost
{
    [Fact]
    public async Task Get_CartAroundAddCartLine_SecondAnswerShowsTheLineAndNeitherIsCached()
    {
        var created = await ReadAsync(await fixture.Client().PostAsync("/api/graphql", Body("mutation { createCart(currency: \"USD\") { id } }")));
        var token = created["data"]!["createCart"]!["id"]!.GetValue<string>();
        var url = GetUrl($"{{ cart(token: \"{token}\") {{ totalQuantity lines {{ sku quantity }} }} }}");

        var before = await fixture.Client().GetAsync(url);
        var added = await ReadAsync(await fixture.Client().PostAsync("/api/graphql",
            Body($"mutation {{ addCartLine(cartToken: \"{token}\", sku: \"{BackpackSku}\", quantity: 2) {{ totalQuantity }} }}")));
        var after = await fixture.Client().GetAsync(url);

        added["errors"].Should().BeNull();
        (await ReadAsync(before))["data"]!["cart"]!["totalQuantity"]!.GetValue<int>().Should().Be(0);
        (await ReadAsync(after))["data"]!["cart"]!["totalQuantity"]!.GetValue<int>().Should().Be(2);
        foreach (var response in new[] { before, after })
        {
            response.Headers.ETag.Should().BeNull();
            response.Headers.CacheControl!.NoStore.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Get_CartInsideAFragment_NotCachedEither()
    {
        var url = GetUrl("query { ...Mine } fragment Mine on Query { branding { siteName } cart(token: \"no-such-cart\") { id } }");

        var response = await fixture.Client().GetAsync(url);

        response.Headers.ETag.Should().BeNull();
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Post_PublishedQueryAroundPriceChange_NeverPublicAndSecondShowsNewPrice()
    {
        var body = $"{{ product(handle: \"{Backpack}\") {{ variants {{ price(currency: \"USD\") {{ amount }} }} }} }}";
        var first = await fixture.Client().PostAsync("/api/graphql", Body(body));
        var again = await fixture.Client().PostAsync("/api/graphql", Body(body));
        var amount = Random.Shared.Next(20_000, 90_000);

        await fixture.InTenantAsync("acme", s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<OrchardCommerce.Commerce.Catalog.ProductService>(s)
            .SetPricesAsync(BackpackSku, new Dictionary<string, long> { ["USD"] = amount }));
        var after = await fixture.Client().PostAsync("/api/graphql", Body(body));

        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await ReadAsync(after))["data"]!["product"]!["variants"]![0]!["price"]!["amount"]!.GetValue<int>().Should().Be(amount);
        foreach (var response in new[] { first, again, after })
        {
            response.Headers.ETag.Should().BeNull();
            response.Headers.CacheControl!.NoStore.Should().BeTrue();
        }
    }
}

public sealed class SqliteGraphQLEndpointPrivateDataTests(SqliteGraphQLHttpHost fixture) : GraphQLEndpointPrivateDataTests<SqliteGraphQLHttpHost>(fixture);

public sealed class PostgresGraphQLEndpointPrivateDataTests(PostgresGraphQLHttpHost fixture) : GraphQLEndpointPrivateDataTests<PostgresGraphQLHttpHost>(fixture);
