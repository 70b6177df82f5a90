using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Http;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>Depth and cost limits, the document cache, and persisted queries (APQ).</summary>
public sealed class GraphQLEndpointLimitsTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Fact]
    public async Task Post_SixteenLevelsDeep_400WithDepthMessage()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("self { ", 15)) + "__typename" + new string('}', 16);

        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body(query));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Query depth 16 exceeds the maximum of 15.");
    }

    [Fact]
    public async Task Post_CostlyQuery_400WithCostMessage()
    {
        var response = await fixture.Client().PostAsync("/api/graphql",
            GraphQLHttpHost.Body("{ products(first: 100) { related(first: 100) { title } } }"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("exceeds the maximum of 5000.");
    }

    [Fact]
    public async Task Post_NestedIntrospection_400WithCostMessage()
    {
        const string query = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";

        var response = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body(query));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("exceeds the maximum of 1000000.");
    }

    [Fact]
    public async Task Post_CostFromVariables_CheckedPerRequest()
    {
        const string query = "query Q($n: Int) { products(first: 3) { related(first: $n) { title } } }";

        var cheap = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body(query, new { n = 2 }));
        var costly = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body(query, new { n = 100_000 }));

        cheap.StatusCode.Should().Be(HttpStatusCode.OK);
        costly.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await costly.Content.ReadAsStringAsync()).Should().Contain("exceeds the maximum of 5000.");
    }

    [Fact]
    public async Task Post_SameQueryRepeated_ParsedOnce()
    {
        var shell = await fixture.ShellAsync("acme");
        var cache = shell.Services.GetRequiredService<DocumentCache>();
        var query = $"{{ echo(text: \"{Guid.NewGuid()}\") }}";
        await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body(query));
        var count = cache.Count;
        var provider = fixture.Host.Services.GetRequiredService<OrchardCommerce.GraphQL.Api.Schema.IStorefrontSchemaProvider>();
        var schema = (await provider.GetSchemaAsync(shell.Services, default)).Schema;

        for (var i = 0; i < 5; i++) await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body(query));

        cache.Count.Should().Be(count);
        cache.Get(schema, query).IsValid.Should().BeTrue();
        cache.Count.Should().Be(count, "the query's document was already cached for this schema");
    }

    [Fact]
    public async Task Get_PersistedQueryUnknownThenRegisteredThenByHashOnly()
    {
        var query = $"{{ echo(text: \"{Guid.NewGuid()}\") }}";
        var hash = PersistedQueryStore.HashOf(query);
        var extensions = $"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}";
        var hashOnlyUrl = "/api/graphql?extensions=" + Uri.EscapeDataString(extensions);

        var unknown = await fixture.Client().GetAsync(hashOnlyUrl);
        var register = await fixture.Client().GetAsync(GraphQLHttpHost.GetUrl(query, extensions: extensions));
        var known = await fixture.Client().GetAsync(hashOnlyUrl);

        unknown.StatusCode.Should().Be(HttpStatusCode.OK);
        var error = (await GraphQLEndpointProtocolTests.ReadAsync(unknown))["errors"]![0]!;
        error["message"]!.GetValue<string>().Should().Be("PersistedQueryNotFound");
        error["extensions"]!["code"]!.GetValue<string>().Should().Be("PERSISTED_QUERY_NOT_FOUND");
        unknown.Headers.CacheControl!.NoStore.Should().BeTrue();
        register.StatusCode.Should().Be(HttpStatusCode.OK);
        (await known.Content.ReadAsStringAsync()).Should().Be(await register.Content.ReadAsStringAsync()).And.Contain("echo");
        known.Headers.CacheControl!.Public.Should().BeTrue();
    }

    [Fact]
    public async Task Post_PersistedQueryHashMismatch_400()
    {
        var body = GraphQLHttpHost.Json("{\"query\":\"{ __typename }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" +
                                        PersistedQueryStore.HashOf("{ other }") + "\"}}}");

        var response = await fixture.Client().PostAsync("/api/graphql", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("provided sha does not match query");
    }

    [Fact]
    public async Task Post_PersistedQueryOnOtherTenant_NotFound()
    {
        var query = $"{{ echo(text: \"{Guid.NewGuid()}\") }}";
        var pq = $"\"extensions\":{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{PersistedQueryStore.HashOf(query)}\"}}}}";
        await fixture.Client("acme").PostAsync("/api/graphql", GraphQLHttpHost.Json($"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(query)},{pq}}}"));

        var globex = await fixture.Client("globex").PostAsync("/api/graphql", GraphQLHttpHost.Json($"{{{pq}}}"));

        (await globex.Content.ReadAsStringAsync()).Should().Contain("PersistedQueryNotFound");
    }
}
