using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>GraphQL over HTTP: methods, media types, status codes and malformed requests (no data involved: SQLite only).</summary>
public sealed class GraphQLEndpointProtocolTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Post_ValidQueryWithoutAccept_200WithDataAsGraphQLResponseJson()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body("{ echo(text: \"hi\") }"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponse);
        (await ReadAsync(response))["data"]!["echo"]!.GetValue<string>().Should().Be("hi");
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "query=%7B__typename%7D")]
    [InlineData("text/plain", "{\"query\":\"{ __typename }\"}")]
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
    [InlineData("{\"query\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"query\": 5}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": \"x\"}")]
    [InlineData("{\"variables\": {}}")]
    public async Task Post_MalformedRequest_400WithGraphQLError(string body)
    {
        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var json = await ReadAsync(response);
        json["errors"]!.AsArray().Should().ContainSingle();
        json["data"].Should().BeNull();
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_SyntaxError_StatusByAcceptedMediaType(string accept, HttpStatusCode expected)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/graphql", GraphQLHttpHost.Body("{ echo("), accept);

        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be(accept);
        var error = (await ReadAsync(response))["errors"]![0]!;
        error["message"]!.GetValue<string>().Should().StartWith("Syntax Error:");
        error["locations"]![0]!["column"]!.GetValue<int>().Should().Be(8);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_ValidationError_StatusByAcceptedMediaType(string accept, HttpStatusCode expected)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/graphql", GraphQLHttpHost.Body("{ nope }"), accept);

        response.StatusCode.Should().Be(expected);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Cannot query field \"nope\" on type \"Query\".");
    }

    [Fact]
    public async Task Post_ResolverFails_200WithDataAndError()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body("{ fail echo(text: \"x\") }"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await ReadAsync(response);
        json["data"]!["echo"]!.GetValue<string>().Should().Be("x");
        json["errors"]![0]!["path"]![0]!.GetValue<string>().Should().Be("fail");
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_VariableOfWrongType_NoDataStatusByMediaType(string accept, HttpStatusCode expected)
    {
        var body = GraphQLHttpHost.Body("query Q($t: String) { echo(text: $t) }", new { t = new[] { 1 } });

        var response = await SendAsync(HttpMethod.Post, "/api/graphql", body, accept);

        response.StatusCode.Should().Be(expected);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("$t");
    }

    [Fact]
    public async Task Get_Query_200WithData()
    {
        var response = await fixture.Client().GetAsync(GraphQLHttpHost.GetUrl("query Q($t: String) { echo(text: $t) }", "{\"t\":\"via get\"}"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ReadAsync(response))["data"]!["echo"]!.GetValue<string>().Should().Be("via get");
    }

    [Fact]
    public async Task Get_Mutation_405AllowPost()
    {
        var response = await fixture.Client().GetAsync(GraphQLHttpHost.GetUrl("mutation { echo(text: \"x\") }"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("POST");
    }

    [Fact]
    public async Task Post_Mutation_200()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body("mutation { echo(text: \"m\") }"));

        (await ReadAsync(response))["data"]!["echo"]!.GetValue<string>().Should().Be("m");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Put_Anything_405AllowGetPost()
    {
        var response = await fixture.Client().PutAsync("/api/graphql", GraphQLHttpHost.Body("{ __typename }"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "POST");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    public async Task Get_BadVariablesParameter_400(string variables)
    {
        var response = await fixture.Client().GetAsync(GraphQLHttpHost.GetUrl("{ __typename }", variables));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("variables");
    }

    [Fact]
    public async Task Post_BodyOverLimit_413()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body("{ __typename }" + new string(' ', 300_000)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ReadAsync(response))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Post_QueryOverLengthLimit_400()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body("{ __typename }" + new string(' ', 70_000)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadAsync(response))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("QUERY_TOO_LONG");
    }

    // Regression: valid JSON holding a lone surrogate escape threw InvalidOperationException (500) when read as text.
    [Theory]
    [InlineData("{\"query\": \"{ echo(text: \\\"\\ud800\\\") }\\ud800\"}")]
    [InlineData("{\"query\": \"query Q($t: String) { echo(text: $t) }\", \"variables\": {\"t\": \"\\ud800\"}}")]
    public async Task Post_LoneSurrogateEscape_400(string body)
    {
        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("UTF-16");
    }

    [Fact]
    public async Task Post_UnknownTenantHost_404()
    {
        var response = await fixture.Host.CreateClient("nobody.test").PostAsync("/api/graphql", GraphQLHttpHost.Body("{ __typename }"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    internal static async Task<JsonNode> ReadAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content, string accept)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        return fixture.Client().SendAsync(request);
    }
}
