using System.Text.Json.Nodes;
using static OrchardCommerce.GraphQL.Api.Tests.Http.GraphQLHttpHost;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>Who sees what, on both databases: drafts for a ViewDrafts token only (never cached), and acme and globex apart.</summary>
public abstract class GraphQLEndpointAccessTests<THost>(THost fixture) : IClassFixture<THost> where THost : GraphQLHttpHost
{
    private const string DraftPages = "{ pageItems(status: DRAFT) { nodes { title } } }";

    [Fact]
    public async Task Get_DraftPagesWithViewDraftsToken_SeesTheDraftNoStoreNoETag()
    {
        var title = await fixture.CreatePageAsync("acme", publish: false);

        var admin = await fixture.Client(bearerToken: fixture.AdminToken).GetAsync(GetUrl(DraftPages));
        var published = await fixture.Client(bearerToken: fixture.AdminToken).GetAsync(GetUrl("{ pageItems { nodes { title } } }"));

        var data = (await ReadAsync(admin))["data"]!;
        Titles(data["pageItems"]!).Should().Contain(title);
        admin.Headers.CacheControl!.NoStore.Should().BeTrue();
        admin.Headers.ETag.Should().BeNull();
        Titles((await ReadAsync(published))["data"]!["pageItems"]!).Should().NotContain(title).And.Contain(["Home", "About us"]);
        published.Headers.ETag.Should().BeNull("a caller who may see drafts never gets a shared cache entry");
    }

    [Fact]
    public async Task Get_DraftPagesAnonymously_RefusedNoStore()
    {
        var title = await fixture.CreatePageAsync("acme", publish: false);

        var anonymous = await fixture.Client().GetAsync(GetUrl(DraftPages));

        var text = await anonymous.Content.ReadAsStringAsync();
        text.Should().Contain("Drafts need the ViewDrafts permission.").And.NotContain(title);
        anonymous.Headers.CacheControl!.NoStore.Should().BeTrue();
        anonymous.Headers.ETag.Should().BeNull();
    }

    [Fact]
    public async Task Post_AcmeTokenOnGlobex_PublishedOnly()
    {
        await fixture.CreatePageAsync("globex", publish: false);

        var drafts = await fixture.Client("globex", fixture.AdminToken).PostAsync("/api/graphql", Body(DraftPages));
        var published = await fixture.Client("globex", fixture.AdminToken).PostAsync("/api/graphql", Body("{ branding { siteName } }"));

        var json = await ReadAsync(drafts);
        json["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Drafts need the ViewDrafts permission.");
        json["data"].Should().BeNull();
        (await ReadAsync(published))["data"]!["branding"]!["siteName"]!.GetValue<string>().Should().Be("Globex Coffee Roasters");
    }

    [Fact]
    public async Task Get_SameQueryOnTwoTenants_EachSeesOnlyItsOwnStorefront()
    {
        var url = GetUrl("{ branding { siteName } products(first: 100) { nodes { handle } } }");

        var acme = (await ReadAsync(await fixture.Client("acme").GetAsync(url)))["data"]!;
        var globex = (await ReadAsync(await fixture.Client("globex").GetAsync(url)))["data"]!;

        var acmeHandles = Handles(acme);
        var globexHandles = Handles(globex);
        acmeHandles.Should().Contain(Backpack).And.HaveCount(4);
        globexHandles.Should().Contain("ethiopia-yirgacheffe").And.NotBeEmpty();
        acmeHandles.Should().NotIntersectWith(globexHandles);
        acme["branding"]!["siteName"]!.GetValue<string>().Should().Be("Acme Outfitters");
        globex["branding"]!["siteName"]!.GetValue<string>().Should().Be("Globex Coffee Roasters");
    }

    private static string[] Titles(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToArray();

    private static string[] Handles(JsonNode data) =>
        data["products"]!["nodes"]!.AsArray().Select(p => p!["handle"]!.GetValue<string>()).ToArray();
}

public sealed class SqliteGraphQLEndpointAccessTests(SqliteGraphQLHttpHost fixture) : GraphQLEndpointAccessTests<SqliteGraphQLHttpHost>(fixture);

public sealed class PostgresGraphQLEndpointAccessTests(PostgresGraphQLHttpHost fixture) : GraphQLEndpointAccessTests<PostgresGraphQLHttpHost>(fixture);
