using System.Net;
using System.Net.Http.Headers;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>GraphQL over HTTP on acme's real storefront schema: methods, media types and status codes (SQLite only: no storage rule involved).</summary>
public sealed class GraphQLEndpointProtocolTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Fact]
    public async Task Post_ValidQueryWithoutAccept_200WithDataAsGraphQLResponseJson()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", Body("{ branding { siteName } }"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponse);
        (await ReadAsync(response))["data"]!["branding"]!["siteName"]!.GetValue<string>().Should().Be("Acme Outfitters");
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "query=%7Bbranding%7BsiteName%7D%7D")]
    [InlineData("text/plain", "{\"query\":\"{ branding { siteName } }\"}")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    public async Task Post_NonJsonContentType_415(string contentType, string body)
    {
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await fixture.Client().PostAsync("/api/graphql", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("application/json");
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_SyntaxError_StatusByAcceptedMediaType(string accept, HttpStatusCode expected)
    {
        var response = await fixture.SendAsync(HttpMethod.Post, "/api/graphql", Body("{ product("), accept);

        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be(accept);
        var error = (await ReadAsync(response))["errors"]![0]!;
        error["message"]!.GetValue<string>().Should().StartWith("Syntax Error:");
        error["locations"]![0]!["column"]!.GetValue<int>().Should().Be(11);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_ValidationError_StatusByAcceptedMediaType(string accept, HttpStatusCode expected)
    {
        var response = await fixture.SendAsync(HttpMethod.Post, "/api/graphql", Body("{ products { nodes { price } } }"), accept);

        response.StatusCode.Should().Be(expected);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Cannot query field \"price\" on type \"Product\".");
    }

    [Fact]
    public async Task Post_AnonymousAsksForDraftHomePage_200WithDataAndFieldError()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", Body("{ branding { siteName } homePage(status: DRAFT) { id } }"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await ReadAsync(response);
        json["data"]!.ToJsonString().Should().Be("""{"branding":{"siteName":"Acme Outfitters"},"homePage":null}""");
        json["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Drafts need the ViewDrafts permission.");
        json["errors"]![0]!["path"]!.ToJsonString().Should().Be("""["homePage"]""");
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_VariableOfWrongType_NoDataStatusByMediaType(string accept, HttpStatusCode expected)
    {
        var body = Body("query Q($handle: String!) { product(handle: $handle) { title } }", new { handle = new[] { 1 } });

        var response = await fixture.SendAsync(HttpMethod.Post, "/api/graphql", body, accept);

        response.StatusCode.Should().Be(expected);
        var json = await ReadAsync(response);
        json["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("$handle");
        json["data"].Should().BeNull();
    }

    [Fact]
    public async Task Get_QueryWithVariables_200WithData()
    {
        var url = GetUrl("query Q($handle: String!) { product(handle: $handle) { title } }", $"{{\"handle\":\"{Backpack}\"}}");

        var response = await fixture.Client().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadAsync(response))["data"]!["product"]!["title"]!.GetValue<string>().Should().Be(BackpackTitle);
    }

    [Fact]
    public async Task Get_CreateCartMutation_405AllowPostAndNoCartCreated()
    {
        var carts = await fixture.CountAsync("acme", "commerce_carts");

        var response = await fixture.Client().GetAsync(GetUrl("mutation { createCart(currency: \"USD\") { id } }"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("POST");
        (await fixture.CountAsync("acme", "commerce_carts")).Should().Be(carts);
    }

    [Fact]
    public async Task Post_CreateCartMutation_200NoStoreAndCartCreated()
    {
        var carts = await fixture.CountAsync("acme", "commerce_carts");

        var response = await fixture.Client().PostAsync("/api/graphql", Body("mutation { createCart(currency: \"USD\") { id currency } }"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var cart = (await ReadAsync(response))["data"]!["createCart"]!;
        cart["id"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        cart["currency"]!.GetValue<string>().Should().Be("USD");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        (await fixture.CountAsync("acme", "commerce_carts")).Should().Be(carts + 1);
    }

    [Fact]
    public async Task Put_Query_405AllowGetPost()
    {
        var response = await fixture.Client().PutAsync("/api/graphql", Body("{ branding { siteName } }"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "POST");
    }

    [Fact]
    public async Task Post_UnknownTenantHost_404()
    {
        var response = await fixture.Host.CreateClient("nobody.test").PostAsync("/api/graphql", Body("{ branding { siteName } }"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
