using OrchardCommerce.Contents.Models;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Content;

public abstract class ContentByIdReaderTests : StorefrontTestBase
{
    private static readonly DateTime T0 = new(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync(StorefrontModel.BlogPost("live", "Live", T0));
        await ImportAsync(StorefrontModel.BlogPost("draft", "Draft", T0, published: false));
    }

    [Fact]
    public async Task GetMany_Published_ReturnsPublishedOnesByIdAndLeavesOutTheRest()
    {
        var items = await Get<ContentByIdReader>().GetManyAsync(["live", "draft", "missing", "live"]);

        items.Keys.Should().BeEquivalentTo("live");
        items["live"].DisplayText.Should().Be("Live");
    }

    [Fact]
    public async Task GetMany_Latest_IncludesDrafts()
    {
        var items = await Get<ContentByIdReader>().GetManyAsync(["live", "draft"], VersionOptions.Latest);

        items.Keys.Should().BeEquivalentTo("live", "draft");
    }
}

public sealed class SqliteContentByIdReaderTests : ContentByIdReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresContentByIdReaderTests : ContentByIdReaderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
