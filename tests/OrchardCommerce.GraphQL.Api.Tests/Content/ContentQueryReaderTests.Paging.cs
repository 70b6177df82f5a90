using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;
using static OrchardCommerce.GraphQL.Api.Data.Content.ContentFilterOperator;

namespace OrchardCommerce.GraphQL.Api.Tests.Content;

public abstract partial class ContentQueryReaderTests
{
    [Theory]
    [InlineData("Rating", true, new[] { "post-c", "post-a", "post-b", "post-f", "post-d" })]
    [InlineData("Rating", false, new[] { "post-d", "post-f", "post-b", "post-a", "post-c" })]
    [InlineData("Subtitle", false, new[] { "post-c", "post-d", "post-a", "post-b", "post-f" })]
    [InlineData("Featured", false, new[] { "post-d", "post-b", "post-f", "post-a", "post-c" })]
    [InlineData("PublishDate", true, new[] { "post-b", "post-a", "post-c", "post-f", "post-d" })]
    [InlineData("DisplayText", true, new[] { "post-f", "post-d", "post-c", "post-b", "post-a" })]
    [InlineData("CreatedUtc", true, new[] { "post-f", "post-d", "post-c", "post-b", "post-a" })]
    public async Task Query_OrderBy_MissingValuesSmallestTextOrdinalTiesById(string property, bool descending, string[] expected)
    {
        var order = new ContentOrder(property is "DisplayText" or "CreatedUtc" ? new ContentProperty(null, property) : ContentProperty.Field("BlogPost", property), descending);

        var page = await QueryAsync(Posts() with { OrderBy = order });

        Ids(page).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Rating", true, 2)]
    [InlineData("Rating", false, 1)]
    [InlineData("Subtitle", false, 2)]
    [InlineData("Featured", true, 1)]
    [InlineData("CreatedUtc", false, 1)]
    [InlineData("CreatedUtc", true, 3)]
    public async Task Query_FollowingEndCursors_VisitsEveryItemOnceInOrder(string property, bool descending, int first)
    {
        var order = new ContentOrder(property == "CreatedUtc" ? ContentProperty.CreatedUtc : ContentProperty.Field("BlogPost", property), descending);
        var all = Ids(await QueryAsync(Posts() with { OrderBy = order })).ToList();
        var seen = new List<string>();
        string? after = null;

        for (var pages = 0; pages < 10; pages++)
        {
            var page = await QueryAsync(Posts() with { OrderBy = order, First = first, After = after });
            seen.AddRange(Ids(page));
            page.PageInfo.HasPreviousPage.Should().Be(after is not null);
            after = page.PageInfo.EndCursor;
            if (!page.PageInfo.HasNextPage) break;
        }

        seen.Should().Equal(all);
    }

    [Fact]
    public async Task Query_EdgeCursor_ContinuesAfterThatEdge()
    {
        var first = await QueryAsync(Posts() with { First = 3 });

        var next = await QueryAsync(Posts() with { First = 2, After = first.Edges[0].Cursor });

        Ids(next).Should().Equal("post-b", "post-c");
        next.PageInfo.HasNextPage.Should().BeTrue();
    }

    [Fact]
    public async Task Query_SkipAfterCursor_SkipsThatManyMore()
    {
        var first = await QueryAsync(Posts() with { First = 1 });

        var page = await QueryAsync(Posts() with { First = 2, Skip = 1, After = first.PageInfo.EndCursor });

        Ids(page).Should().Equal("post-c", "post-d");
        page.TotalCount.Should().Be(5, "the total counts every match, not what is left after the cursor");
    }

    [Fact]
    public async Task Query_FirstZeroWithoutTotal_NoItemsButKnowsMoreExist()
    {
        var page = await QueryAsync(Posts() with { First = 0, IncludeTotalCount = false });

        page.Edges.Should().BeEmpty();
        page.TotalCount.Should().BeNull();
        page.PageInfo.HasNextPage.Should().BeTrue();
    }

    [Fact]
    public async Task Query_CursorOfAnotherOrder_IsRejected()
    {
        var byRating = await QueryAsync(Posts() with { OrderBy = new ContentOrder(Rating), First = 1 });

        var act = () => QueryAsync(Posts() with { After = byRating.PageInfo.EndCursor });

        (await act.Should().ThrowAsync<StorefrontQueryException>()).Which.Argument.Should().Be("after");
    }

    [Theory]
    [InlineData("unknown-type", "contentType")]
    [InlineData("unknown-field", "where")]
    [InlineData("unknown-part", "where")]
    [InlineData("link-field", "where")]
    [InlineData("contains-on-number", "where")]
    [InlineData("text-for-number", "where")]
    [InlineData("two-values-for-eq", "where")]
    [InlineData("null-in-list", "where")]
    [InlineData("order-by-picker", "orderBy")]
    [InlineData("first-too-big", "first")]
    [InlineData("negative-skip", "skip")]
    [InlineData("garbage-cursor", "after")]
    public async Task Query_Invalid_ThrowsNamingTheArgument(string mistake, string argument)
    {
        var query = mistake switch
        {
            "unknown-type" => new ContentQuery("Nope"),
            "unknown-field" => Posts(ContentFilter.Of(ContentProperty.Field("BlogPost", "Nope"), Eq, "x")),
            "unknown-part" => Posts(ContentFilter.Of(ContentProperty.Field("SeoMeta", "Keywords"), Eq, "x")),
            "link-field" => Posts(ContentFilter.Of(ContentProperty.Field("BlogPost", "Website"), Eq, "x")),
            "contains-on-number" => Posts(ContentFilter.Of(Rating, Contains, 3)),
            "text-for-number" => Posts(ContentFilter.Of(Rating, Gt, "three")),
            "two-values-for-eq" => Posts(new ContentFilter(Subtitle, Eq, ["a", "b"])),
            "null-in-list" => Posts(new ContentFilter(Subtitle, In, ["a", null])),
            "order-by-picker" => Posts() with { OrderBy = new ContentOrder(ContentProperty.Field("BlogPost", "Related")) },
            "first-too-big" => Posts() with { First = ContentQuery.MaxFirst + 1 },
            "negative-skip" => Posts() with { Skip = -1 },
            _ => Posts() with { After = "not-a-cursor" },
        };

        var act = () => QueryAsync(query);

        (await act.Should().ThrowAsync<StorefrontQueryException>()).Which.Argument.Should().Be(argument);
    }

    [Fact]
    public async Task Query_FieldAddedToTheType_IsQueryableInTheNextRequest()
    {
        var definition = StorefrontModel.BlogDefinition();
        definition["ContentParts"]![0]!["ContentPartFieldDefinitionRecords"]!.AsArray()
            .Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "FieldName": "TextField", "Name": "Mood", "Settings": {} }"""));
        await RunStepAsync(definition);
        var post = StorefrontModel.BlogPost("post-g", "Golf", T0.AddHours(5));
        post["BlogPost"]!["Mood"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "sunny" };
        await ImportAsync(post);
        await NewScopeAsync();

        var page = await QueryAsync(Posts(ContentFilter.Of(ContentProperty.Field("BlogPost", "Mood"), Eq, "sunny")));

        Ids(page).Should().Equal("post-g");
    }
}
