using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Tests.Schema;

/// <summary>
/// The content half of the schema on the test model (the demo types and a BlogPost with a field of every kind and a
/// reusable part): its shape, filters, order, paging, pickers and drafts, executed through DocumentExecutor.
/// </summary>
public abstract class ContentSchemaTests : StorefrontTestBase
{
    private static readonly DateTime Day = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync(StorefrontModel.BlogPost("b1", "Alpha", Day, subtitle: "First", rating: 1.5m, featured: true, publishDate: "2025-02-01", keywords: "boots hiking"));
        await ImportAsync(StorefrontModel.BlogPost("b2", "Beta", Day.AddDays(1), subtitle: "Second", rating: 4m, featured: false, related: ["b1", "b3"], summary: "Some *stress*"));
        await ImportAsync(StorefrontModel.BlogPost("b3", "Gamma", Day.AddDays(2), rating: 3m, keywords: "tents"));
        await ImportAsync(StorefrontModel.BlogPost("b4", "Delta draft", Day.AddDays(3), rating: 5m, published: false));
        await NewScopeAsync();
    }

    private async Task<GraphQLSchema> SchemaAsync() =>
        (await Get<IStorefrontSchemaProvider>().GetSchemaAsync(Services, CancellationToken.None)).Schema;

    [Fact]
    public async Task GetSchema_TestModel_TypesFieldsAndRenamedRootFields()
    {
        var schema = await SchemaAsync();

        var blog = (ObjectType)schema.GetType("BlogPost")!;
        blog.Fields.Keys.Should().Contain(["id", "displayText", "title", "subtitle", "rating", "featured", "publishDate", "related", "summary", "website", "seo"]);
        blog.Fields["rating"].Type.Should().Be(CustomScalars.Decimal);
        blog.Fields["related"].Type.ToString().Should().Be("[ContentItem!]!");
        blog.Interfaces.Select(i => i.Name).Should().Equal("ContentItem");
        ((ObjectType)schema.GetType("SeoMetaPart")!).Fields.Keys.Should().Equal("keywords");
        ((EnumType)schema.GetType("BlogPostOrderField")!).Values.Select(v => v.Name).Should()
            .Contain(["DISPLAY_TEXT", "CREATED_UTC", "RATING", "PUBLISH_DATE", "SEO_KEYWORDS"]).And.NotContain("RELATED");
        ((InputObjectType)schema.GetType("BlogPostFilter")!).GetField("summary")!.Type.ToString().Should().Be("MarkupFilter");
        // "page" and "branding" are layout fields, so the Page and Branding types' root fields are renamed as a pair.
        schema.QueryType!.Fields.Keys.Should().Contain(["blogPosts", "blogPost", "pageItem", "pageItems", "brandingItem", "brandingItems",
            "heroSections", "productContents", "page", "branding", "homePage", "products", "cart"]);
        schema.MutationType!.Fields.Keys.Should().Equal("createCart", "addCartLine", "updateCartLine", "removeCartLine", "checkout");
    }

    [Fact]
    public async Task Collection_FilterOrderAndPaging_PagesThroughMatchesInOrder()
    {
        const string query = """
            query($after: String) { blogPosts(where: { rating: { gte: 2 } }, orderBy: { field: RATING, direction: DESC }, first: 1, after: $after) {
              totalCount nodes { displayText rating } pageInfo { hasNextPage hasPreviousPage endCursor } } }
            """;

        var first = (await StorefrontGraphQL.DataAsync(Services, query))["blogPosts"]!;
        var second = (await StorefrontGraphQL.DataAsync(Services, query, new { after = (string)first["pageInfo"]!["endCursor"]! }))["blogPosts"]!;

        first["totalCount"]!.GetValue<int>().Should().Be(2);
        first["nodes"]!.ToJsonString().Should().Be("""[{"displayText":"Beta","rating":"4"}]""");
        first["pageInfo"]!["hasNextPage"]!.GetValue<bool>().Should().BeTrue();
        second["nodes"]!.ToJsonString().Should().Be("""[{"displayText":"Gamma","rating":"3"}]""");
        second["pageInfo"]!["hasNextPage"]!.GetValue<bool>().Should().BeFalse();
        second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Collection_TextInBooleanAndPartFilters_CombineWithAnd()
    {
        var data = await StorefrontGraphQL.DataAsync(Services, """
            { a: blogPosts(where: { subtitle: { in: ["First", "Second"] }, featured: { eq: false } }) { nodes { id } }
              b: blogPosts(where: { seo: { keywords: { contains: "TENT" } } }) { nodes { id seo { keywords } } }
              c: blogPosts(where: { displayText: { contains: "a" } }, skip: 1, orderBy: { field: DISPLAY_TEXT }) { nodes { id } } }
            """);

        data["a"]!["nodes"]!.ToJsonString().Should().Be("""[{"id":"b2"}]""");
        data["b"]!["nodes"]!.ToJsonString().Should().Be("""[{"id":"b3","seo":{"keywords":"tents"}}]""");
        data["c"]!["nodes"]!.ToJsonString().Should().Be("""[{"id":"b2"},{"id":"b3"}]""");
    }

    [Fact]
    public async Task Pickers_MarkdownAndDates_ResolvedWithTheirTypes()
    {
        var data = await StorefrontGraphQL.DataAsync(Services, """
            { blogPost(id: "b2") { related { __typename id ... on BlogPost { subtitle } } summary { markdown html } }
              b1: blogPost(id: "b1") { publishDate createdUtc related { id } } }
            """);

        data["blogPost"]!["related"]!.ToJsonString().Should().Be("""[{"__typename":"BlogPost","id":"b1","subtitle":"First"},{"__typename":"BlogPost","id":"b3","subtitle":null}]""");
        data["blogPost"]!["summary"]!["html"]!.GetValue<string>().Should().Contain("<em>stress</em>");
        data["b1"]!["publishDate"]!.GetValue<string>().Should().Be("2025-02-01T00:00:00.0000000Z");
        data["b1"]!["createdUtc"]!.GetValue<string>().Should().Be("2025-01-01T00:00:00.0000000Z");
    }

    [Fact]
    public async Task Collection_BadFilterValueAndCursor_ErrorsNamingTheArgument()
    {
        var badDate = await StorefrontGraphQL.ExecuteAsync(Services, """{ blogPosts(where: { publishDate: { gt: "soon" } }) { totalCount } }""");
        var badCursor = await StorefrontGraphQL.ExecuteAsync(Services, """{ blogPosts(after: "nope") { totalCount } }""");

        badDate["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().Should().Be("where");
        badDate["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("BAD_USER_INPUT");
        badDate["errors"]![0]!["path"]!.ToJsonString().Should().Be("""["blogPosts"]""");
        badDate["data"].Should().BeNull();
        badCursor["errors"]![0]!["extensions"]!["field"]!.GetValue<string>().Should().Be("after");
    }

    [Fact]
    public async Task Drafts_AnonymousRefused_PreviewerSeesThem()
    {
        const string query = "{ blogPosts(status: DRAFT) { nodes { id published } } }";

        var anonymous = await StorefrontGraphQL.ExecuteAsync(Services, query);
        var previewer = await StorefrontGraphQL.DataAsync(Services, query, caller: StorefrontGraphQL.Previewer);
        var latest = await StorefrontGraphQL.DataAsync(Services, "{ blogPosts(status: LATEST) { totalCount } }", caller: StorefrontGraphQL.Previewer);
        var published = await StorefrontGraphQL.DataAsync(Services, "{ blogPosts { totalCount } }");

        anonymous["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Drafts need the ViewDrafts permission.");
        anonymous["data"].Should().BeNull();
        previewer["blogPosts"]!["nodes"]!.ToJsonString().Should().Be("""[{"id":"b4","published":false}]""");
        latest["blogPosts"]!["totalCount"]!.GetValue<int>().Should().Be(4);
        published["blogPosts"]!["totalCount"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task GetSchema_FieldAddedToType_NextRequestHasIt()
    {
        var before = await Get<IStorefrontSchemaProvider>().GetSchemaAsync(Services, CancellationToken.None);
        var again = await Get<IStorefrontSchemaProvider>().GetSchemaAsync(Services, CancellationToken.None);
        var part = (await Get<ContentDefinitionStore>().GetPartAsync("BlogPost"))!;
        part.Fields.Add(new Contents.Models.ContentPartFieldDefinition("TextField", "Mood", []));
        await Get<ContentDefinitionStore>().SavePartAsync(part);
        await NewScopeAsync();

        var after = await Get<IStorefrontSchemaProvider>().GetSchemaAsync(Services, CancellationToken.None);
        var data = await StorefrontGraphQL.DataAsync(Services, """{ blogPosts(where: { mood: { eq: null } }) { totalCount nodes { mood } } }""");

        again.Should().BeSameAs(before);
        after.DefinitionsVersion.Should().BeGreaterThan(before.DefinitionsVersion);
        ((ObjectType)before.Schema.GetType("BlogPost")!).Fields.Should().NotContainKey("mood");
        ((ObjectType)after.Schema.GetType("BlogPost")!).Fields.Should().ContainKey("mood");
        data["blogPosts"]!["totalCount"]!.GetValue<int>().Should().Be(3);
    }
}

public sealed class SqliteContentSchemaTests : ContentSchemaTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresContentSchemaTests : ContentSchemaTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
