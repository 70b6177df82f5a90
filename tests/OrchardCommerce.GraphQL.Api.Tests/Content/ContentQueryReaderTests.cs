using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Data.Paging;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;
using static OrchardCommerce.GraphQL.Api.Data.Content.ContentFilterOperator;

namespace OrchardCommerce.GraphQL.Api.Tests.Content;

/// <summary>Posts a–f: a and b were created at the same instant, a and c have the same rating; e is a draft, a has a newer draft.</summary>
public abstract partial class ContentQueryReaderTests : StorefrontTestBase
{
    protected static readonly DateTime T0 = new(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc);
    protected static readonly ContentProperty Subtitle = ContentProperty.Field("BlogPost", "Subtitle");
    protected static readonly ContentProperty Rating = ContentProperty.Field("BlogPost", "Rating");
    protected static readonly ContentProperty Featured = ContentProperty.Field("BlogPost", "Featured");
    protected static readonly ContentProperty PublishDate = ContentProperty.Field("BlogPost", "PublishDate");

    protected ContentQueryReader Reader => Get<ContentQueryReader>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync(StorefrontModel.BlogPost("post-a", "Alpha", T0, "Winter gear", 4.5m, true, "2026-01-10", ["post-c"], "Warm **down** layers", "down, jacket"));
        await ImportAsync(StorefrontModel.BlogPost("post-b", "Bravo", T0, "summer gear", 3m, false, "2026-02-01"));
        await ImportAsync(StorefrontModel.BlogPost("post-c", "Charlie", T0.AddHours(1), null, 4.5m, true, "2025-12-24"));
        await ImportAsync(StorefrontModel.BlogPost("post-d", "Delta", T0.AddHours(2), "Trail notes"));
        await ImportAsync(StorefrontModel.BlogPost("post-e", "Echo", T0.AddHours(3), "Gear list", 5m, false, "2026-03-01", published: false));
        await ImportAsync(StorefrontModel.BlogPost("post-f", "Foxtrot", T0.AddHours(4), "Ünïcode gear", 2.25m, false, "2025-06-01"));
        var draft = (await Content.GetAsync("post-a", VersionOptions.Latest))!;
        draft.Part("TitlePart")["Title"] = "Alpha (draft)";
        await Content.UpdateDraftAsync(draft);
    }

    protected Task<Connection<ContentItem>> QueryAsync(ContentQuery query) => Reader.QueryAsync(query);

    protected static ContentQuery Posts(params ContentFilter[] filters) => new("BlogPost") { Filters = filters };

    protected static IEnumerable<string> Ids(Connection<ContentItem> page) => page.Edges.Select(e => e.Node.ContentItemId);

    [Fact]
    public async Task Query_Defaults_PublishedOnlyInCreatedOrderTiesById()
    {
        var page = await QueryAsync(Posts());

        Ids(page).Should().Equal("post-a", "post-b", "post-c", "post-d", "post-f");
        page.TotalCount.Should().Be(5);
        page.Edges[0].Node.DisplayText.Should().Be("Alpha", "the published version, not the newer draft");
        page.PageInfo.Should().Be(new PageInfo(false, false, page.Edges[0].Cursor, page.Edges[^1].Cursor));
    }

    [Fact]
    public async Task Query_StatusLatest_ShowsDraftsAndDraftVersions()
    {
        var page = await QueryAsync(Posts() with { Status = VersionOptions.Latest });

        Ids(page).Should().Equal("post-a", "post-b", "post-c", "post-d", "post-e", "post-f");
        page.Edges[0].Node.DisplayText.Should().Be("Alpha (draft)");
    }

    [Fact]
    public async Task Query_StatusDraft_OnlyItemsWhoseLatestIsUnpublished()
    {
        var page = await QueryAsync(Posts() with { Status = VersionOptions.Draft });

        Ids(page).Should().Equal("post-a", "post-e");
        page.TotalCount.Should().Be(2);
    }

    [Theory]
    [InlineData("subtitle-eq", new[] { "post-a" })]
    [InlineData("subtitle-contains-ignores-case", new[] { "post-a", "post-b", "post-f" })]
    [InlineData("subtitle-in", new[] { "post-b", "post-d" })]
    [InlineData("subtitle-missing", new[] { "post-c" })]
    [InlineData("rating-gt", new[] { "post-a", "post-c" })]
    [InlineData("rating-gte", new[] { "post-a", "post-b", "post-c" })]
    [InlineData("rating-lt", new[] { "post-b", "post-f" })]
    [InlineData("rating-lte", new[] { "post-b", "post-f" })]
    [InlineData("rating-in", new[] { "post-b", "post-f" })]
    [InlineData("featured-eq", new[] { "post-a", "post-c" })]
    [InlineData("date-gte", new[] { "post-a", "post-b" })]
    [InlineData("date-lt", new[] { "post-c", "post-f" })]
    [InlineData("picked-contains", new[] { "post-a" })]
    [InlineData("markdown-contains", new[] { "post-a" })]
    [InlineData("renamed-part-field", new[] { "post-a" })]
    [InlineData("display-text-eq", new[] { "post-d" })]
    [InlineData("created-gt", new[] { "post-c", "post-d", "post-f" })]
    [InlineData("created-lte", new[] { "post-a", "post-b" })]
    [InlineData("and", new[] { "post-b" })]
    [InlineData("none", new string[0])]
    public async Task Query_Filter_ReturnsMatchingItemsAndTotal(string filter, string[] expected)
    {
        var page = await QueryAsync(Posts(Filters(filter)));

        Ids(page).Should().Equal(expected);
        page.TotalCount.Should().Be(expected.Length);
    }

    private static ContentFilter[] Filters(string name) => name switch
    {
        "subtitle-eq" => [ContentFilter.Of(Subtitle, Eq, "Winter gear")],
        "subtitle-contains-ignores-case" => [ContentFilter.Of(Subtitle, Contains, "GEAR")],
        "subtitle-in" => [new(Subtitle, In, ["Trail notes", "summer gear", "nothing"])],
        "subtitle-missing" => [ContentFilter.Of(Subtitle, Eq, null)],
        "rating-gt" => [ContentFilter.Of(Rating, Gt, 3)],
        "rating-gte" => [ContentFilter.Of(Rating, Gte, 3.0m)],
        "rating-lt" => [ContentFilter.Of(Rating, Lt, 4.5)],
        "rating-lte" => [ContentFilter.Of(Rating, Lte, 3L)],
        "rating-in" => [new(Rating, In, [3, 2.25m])],
        "featured-eq" => [ContentFilter.Of(Featured, Eq, true)],
        "date-gte" => [ContentFilter.Of(PublishDate, Gte, "2026-01-01")],
        "date-lt" => [ContentFilter.Of(PublishDate, Lt, "2026-01-01")],
        "picked-contains" => [ContentFilter.Of(ContentProperty.Field("BlogPost", "Related"), Contains, "post-c")],
        "markdown-contains" => [ContentFilter.Of(ContentProperty.Field("BlogPost", "Summary"), Contains, "DOWN")],
        "renamed-part-field" => [ContentFilter.Of(ContentProperty.Field("Seo", "Keywords"), Contains, "jacket")],
        "display-text-eq" => [ContentFilter.Of(ContentProperty.DisplayText, Eq, "Delta")],
        "created-gt" => [ContentFilter.Of(ContentProperty.CreatedUtc, Gt, T0)],
        "created-lte" => [ContentFilter.Of(ContentProperty.CreatedUtc, Lte, new DateTimeOffset(T0))],
        "and" => [ContentFilter.Of(Rating, Gte, 3), ContentFilter.Of(Featured, Eq, false)],
        _ => [ContentFilter.Of(Subtitle, Contains, "100%_")],
    };
}

public sealed class SqliteContentQueryReaderTests : ContentQueryReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresContentQueryReaderTests : ContentQueryReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
