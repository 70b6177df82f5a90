using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.GraphQL.Api.Tests.Schema;

/// <summary>
/// The acme demo tenant set up from recipes/acme.recipe.json in Cms.Web, and a storefront driven through GraphQL only:
/// layout, product list and detail, cart, checkout and the order by its token; bad input refused naming the field.
/// </summary>
public abstract class AcmeStorefrontScenarioTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Sku = "ACME-TB45-GRN";
    private static readonly object Shipping = new { name = "Ada Lovelace", line1 = "1 Main St", city = "Boulder", postalCode = "80302", country = "US" };
    private CmsTestHost _host = null!;
    private ShellContext _shell = null!;

    public async Task InitializeAsync()
    {
        _host = await CmsTestHost.StartAsync(provider);
        await _host.Services.GetRequiredService<TenantSetupService>().SetupAsync(new ShellSettings { Name = "acme", RequestUrlHosts = ["acme.test"] },
            "acme", new TenantAdmin("admin", "admin@example.com", "Admin#Pass1"));
        var shells = _host.Services.GetRequiredService<ShellHost>();
        _shell = await shells.GetShellAsync(shells.Find("acme")!);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonObject> RunAsync(string query, object? variables = null)
    {
        await using var scope = _shell.Services.CreateAsyncScope();
        return await StorefrontGraphQL.ExecuteAsync(scope.ServiceProvider, query, variables);
    }

    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await RunAsync(query, variables);
        response["errors"].Should().BeNull(response.ToJsonString());
        return response["data"]!;
    }

    private async Task<long> CountAsync(string table)
    {
        await using var scope = _shell.Services.CreateAsyncScope();
        var connection = await scope.ServiceProvider.GetRequiredService<DbSession>().GetConnectionAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    [Fact]
    public async Task GetSchema_AcmeTenant_HasTheAcmeTypes()
    {
        await using var scope = _shell.Services.CreateAsyncScope();
        var schema = (await scope.ServiceProvider.GetRequiredService<IStorefrontSchemaProvider>().GetSchemaAsync(scope.ServiceProvider, CancellationToken.None)).Schema;

        ((ObjectType)schema.GetType("Page")!).Fields.Keys.Should().Contain(["title", "path", "htmlBody", "hero"]);
        ((ObjectType)schema.GetType("HeroSection")!).Fields["image"].Type.ToString().Should().Be("[Media!]!");
        ((ObjectType)schema.GetType("HeroSection")!).Fields["cta"].Type.ToString().Should().Be("Link");
        ((ObjectType)schema.GetType("ProductContent")!).Fields.Keys.Should().Contain(["sku", "handle", "price", "images", "seoTitle", "featured", "launchDate", "markdownBody"]);
        ((ObjectType)schema.GetType("Product")!).Fields["content"].Type.ToString().Should().Be("ProductContent");
        schema.QueryType!.Fields.Keys.Should().Contain(["pageItems", "heroSections", "productContents", "brandingItem"]);
    }

    [Fact]
    public async Task Storefront_ThroughGraphQLOnly_LayoutProductsCartCheckoutAndOrder()
    {
        var layout = await DataAsync("""
            { branding { siteName colors { name value } }
              homePage { ... on Page { title path htmlBody hero { ... on HeroSection { headline image { path url alt } cta { url text } } } } } }
            """);
        var list = await DataAsync("""
            { products(first: 10) { totalCount nodes { handle title variants { sku price(currency: "USD") { amount formatted } }
              content { ... on ProductContent { sku seoTitle images { url } } } } } }
            """);
        var detail = await DataAsync("""
            query($handle: String!) { product(handle: $handle) { title description priceRange(currency: "USD") { min { amount } max { amount } }
              variants { id sku available quantityAvailable prices { currency amount } } } }
            """, new { handle = "trailblazer-45l-backpack" });
        var cart = (await DataAsync("""mutation { createCart(currency: "USD") { id currency lines { id } } }"""))["createCart"]!;
        var token = (string)cart["id"]!;
        var added = (await DataAsync("""
            mutation($token: String!, $sku: String!) { addCartLine(cartToken: $token, sku: $sku, quantity: 2) {
              totalQuantity subtotal { amount } lines { sku quantity unitPrice { amount } product { handle } } } }
            """, new { token, sku = Sku }))["addCartLine"]!;
        var checkout = (await DataAsync("""
            mutation($token: String!, $input: CheckoutInput!) { checkout(cartToken: $token, idempotencyKey: "key-1", input: $input) {
              orderToken created order { id email status currency total { amount } lines { sku quantity } shippingAddress { city } } } }
            """, new { token, input = new { email = "ada@example.com", shippingAddress = Shipping, payment = new { provider = "test", token = "tok_visa" } } }))["checkout"]!;
        var order = (await DataAsync("query($t: String!) { order(token: $t) { id email lines { sku quantity } } }",
            new { t = (string)checkout["orderToken"]! }))["order"]!;

        layout["branding"]!["siteName"]!.GetValue<string>().Should().Be("Acme Outfitters");
        var hero = layout["homePage"]!["hero"]!.AsArray().Should().ContainSingle().Subject!;
        hero["headline"]!.GetValue<string>().Should().Be("Built for the long way round");
        hero["image"]![0]!["url"]!.GetValue<string>().Should().Be("/media/hero.svg");
        hero["cta"]!["url"]!.GetValue<string>().Should().Be("/products/trailblazer-45l-backpack");
        list["products"]!["totalCount"]!.GetValue<int>().Should().Be(4);
        list["products"]!["nodes"]!.AsArray().Should().HaveCount(4).And.OnlyContain(n =>
            (string)n!["content"]!["sku"]! == (string)n["variants"]![0]!["sku"]!);
        detail["product"]!["variants"]![0]!["sku"]!.GetValue<string>().Should().Be(Sku);
        detail["product"]!["variants"]![0]!["available"]!.GetValue<bool>().Should().BeTrue();
        detail["product"]!["priceRange"]!["min"]!["amount"]!.GetValue<int>().Should().Be(18900);
        detail["product"]!["description"]!.GetValue<string>().Should().StartWith("<p>");
        added["lines"]!.ToJsonString().Should().Be($$$"""[{"sku":"{{{Sku}}}","quantity":2,"unitPrice":{"amount":18900},"product":{"handle":"trailblazer-45l-backpack"}}]""");
        added["subtotal"]!["amount"]!.GetValue<int>().Should().Be(37800);
        checkout["created"]!.GetValue<bool>().Should().BeTrue();
        checkout["order"]!["lines"]!.ToJsonString().Should().Be($$$"""[{"sku":"{{{Sku}}}","quantity":2}]""");
        checkout["order"]!["shippingAddress"]!["city"]!.GetValue<string>().Should().Be("Boulder");
        order["id"]!.GetValue<string>().Should().Be(checkout["order"]!["id"]!.GetValue<string>());
        order["email"]!.GetValue<string>().Should().Be("ada@example.com");
    }

    [Fact]
    public async Task BadInput_NegativeQuantityUnknownSkuCurrencyEmail_ErrorsNamingTheFieldNothingWritten()
    {
        var token = (string)(await DataAsync("""mutation { createCart(currency: "USD") { id } }"""))["createCart"]!["id"]!;
        var carts = await CountAsync("commerce_carts");
        const string add = "mutation($t: String!, $sku: String!, $q: Int!) { addCartLine(cartToken: $t, sku: $sku, quantity: $q) { id } }";

        var negative = await RunAsync(add, new { t = token, sku = Sku, q = -1 });
        var unknown = await RunAsync(add, new { t = token, sku = "NOPE-1", q = 1 });
        var currency = await RunAsync("""mutation { createCart(currency: "XYZ") { id } }""");
        var email = await RunAsync("""mutation { createCart(currency: "USD", email: "not-an-email") { id } }""");
        var checkout = await RunAsync("""
            mutation($t: String!, $input: CheckoutInput!) { checkout(cartToken: $t, idempotencyKey: "k", input: $input) { orderToken } }
            """, new { t = token, input = new { email = "nope", shippingAddress = Shipping, payment = new { provider = "test", token = "tok_visa" } } });

        Field(negative).Should().Be("quantity");
        Field(unknown).Should().Be("sku");
        Field(currency).Should().Be("currency");
        Field(email).Should().Be("email");
        Field(checkout).Should().Be("input.email");
        checkout["errors"]![0]!["extensions"]!["fields"]!.ToJsonString().Should().Be("""{"input.email":["Not a valid e-mail address."]}""");
        foreach (var response in new[] { negative, unknown, currency, email, checkout })
        {
            response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("BAD_USER_INPUT");
            response["data"]!.AsObject().Single().Value.Should().BeNull();
        }
        (await CountAsync("commerce_carts")).Should().Be(carts);
        (await CountAsync("commerce_cart_lines")).Should().Be(0);
        (await CountAsync("commerce_orders")).Should().Be(0);
    }

    private static string Field(JsonObject response) => response["errors"]![0]!["extensions"]!["field"]!.GetValue<string>();
}

public sealed class SqliteAcmeStorefrontScenarioTests() : AcmeStorefrontScenarioTests(DatabaseProvider.Sqlite);

public sealed class PostgresAcmeStorefrontScenarioTests() : AcmeStorefrontScenarioTests(DatabaseProvider.Postgres);
