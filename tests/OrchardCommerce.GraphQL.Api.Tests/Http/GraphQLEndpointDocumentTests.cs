using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Http;
using OrchardCommerce.GraphQL.Api.Schema;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>The per-tenant document cache and persisted queries (APQ) on acme's storefront schema.</summary>
public sealed class GraphQLEndpointDocumentTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    // A query text no other test sends: the handle makes it unique, the branding makes it answer real data.
    private static string UniqueQuery() => $"{{ branding {{ siteName }} product(handle: \"{Guid.NewGuid():N}\") {{ title }} }}";

    private static string PersistedQuery(string query) =>
        $"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{PersistedQueryStore.HashOf(query)}\"}}}}";

    [Fact]
    public async Task Post_SameQueryRepeated_ParsedOnce()
    {
        var shell = await fixture.ShellAsync("acme");
        var cache = shell.Services.GetRequiredService<DocumentCache>();
        var query = UniqueQuery();
        await fixture.Client().PostAsync("/api/graphql", Body(query));
        var count = cache.Count;
        var schema = await fixture.InTenantAsync("acme", async s => (await s.GetRequiredService<IStorefrontSchemaProvider>().GetSchemaAsync(s, default)).Schema);

        for (var i = 0; i < 5; i++) await fixture.Client().PostAsync("/api/graphql", Body(query));

        cache.Count.Should().Be(count);
        cache.Get(schema, query).IsValid.Should().BeTrue();
        cache.Count.Should().Be(count, "the query's document was already cached for the tenant's schema");
    }

    [Fact]
    public async Task Get_PersistedQueryUnknownThenRegisteredThenByHashOnly()
    {
        var query = UniqueQuery();
        var extensions = PersistedQuery(query);
        var hashOnlyUrl = "/api/graphql?extensions=" + Uri.EscapeDataString(extensions);

        var unknown = await fixture.Client().GetAsync(hashOnlyUrl);
        var register = await fixture.Client().GetAsync(GetUrl(query, extensions: extensions));
        var known = await fixture.Client().GetAsync(hashOnlyUrl);

        unknown.StatusCode.Should().Be(HttpStatusCode.OK);
        var error = (await ReadAsync(unknown))["errors"]![0]!;
        error["message"]!.GetValue<string>().Should().Be("PersistedQueryNotFound");
        error["extensions"]!["code"]!.GetValue<string>().Should().Be("PERSISTED_QUERY_NOT_FOUND");
        unknown.Headers.CacheControl!.NoStore.Should().BeTrue();
        register.StatusCode.Should().Be(HttpStatusCode.OK);
        (await known.Content.ReadAsStringAsync()).Should().Be(await register.Content.ReadAsStringAsync())
            .And.Be("""{"data":{"branding":{"siteName":"Acme Outfitters"},"product":null}}""");
        known.Headers.CacheControl!.Public.Should().BeTrue();
    }

    [Fact]
    public async Task Post_PersistedQueryHashMismatch_400()
    {
        var body = Json("{\"query\":\"{ branding { siteName } }\",\"extensions\":" + PersistedQuery("{ categories { handle } }") + "}");

        var response = await fixture.Client().PostAsync("/api/graphql", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("provided sha does not match query");
    }

    [Fact]
    public async Task Post_PersistedQueryOnOtherTenant_NotFound()
    {
        var query = UniqueQuery();
        var extensions = PersistedQuery(query);
        var acme = await fixture.Client("acme").PostAsync("/api/graphql",
            Json($"{{\"query\":{JsonSerializer.Serialize(query)},\"extensions\":{extensions}}}"));

        var globex = await fixture.Client("globex").PostAsync("/api/graphql", Json($"{{\"extensions\":{extensions}}}"));
        var acmeAgain = await fixture.Client("acme").PostAsync("/api/graphql", Json($"{{\"extensions\":{extensions}}}"));

        (await acme.Content.ReadAsStringAsync()).Should().Contain("Acme Outfitters");
        (await globex.Content.ReadAsStringAsync()).Should().Contain("PersistedQueryNotFound");
        (await acmeAgain.Content.ReadAsStringAsync()).Should().Contain("Acme Outfitters");
    }
}
