using System.Net;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>Requests refused before execution: malformed JSON or parameters, oversized bodies and queries, invalid UTF-16.</summary>
public sealed class GraphQLEndpointRequestErrorsTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"query\": 5}")]
    [InlineData("{\"query\": \"{ branding { siteName } }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ branding { siteName } }\", \"extensions\": \"x\"}")]
    [InlineData("{\"variables\": {\"handle\": \"trailblazer-45l-backpack\"}}")]
    public async Task Post_MalformedRequest_400WithGraphQLError(string body)
    {
        var response = await fixture.Client().PostAsync("/api/graphql", Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var json = await ReadAsync(response);
        json["errors"]!.AsArray().Should().ContainSingle();
        json["data"].Should().BeNull();
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    public async Task Get_BadVariablesParameter_400(string variables)
    {
        var response = await fixture.Client().GetAsync(GetUrl("query Q($handle: String!) { product(handle: $handle) { title } }", variables));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("variables");
    }

    [Fact]
    public async Task Post_BodyOverLimit_413()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", Body("{ branding { siteName } }" + new string(' ', 300_000)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ReadAsync(response))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Post_QueryOverLengthLimit_400()
    {
        var response = await fixture.Client().PostAsync("/api/graphql", Body("{ branding { siteName } }" + new string(' ', 70_000)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadAsync(response))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("QUERY_TOO_LONG");
    }

    // Regression: valid JSON holding a lone surrogate escape threw InvalidOperationException (500) when read as text.
    [Theory]
    [InlineData("{\"query\": \"{ product(handle: \\\"\\ud800\\\") { title } }\\ud800\"}")]
    [InlineData("{\"query\": \"query Q($handle: String!) { product(handle: $handle) { title } }\", \"variables\": {\"handle\": \"\\ud800\"}}")]
    public async Task Post_LoneSurrogateEscape_400(string body)
    {
        var response = await fixture.Client().PostAsync("/api/graphql", Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadAsync(response))["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("UTF-16");
    }
}
