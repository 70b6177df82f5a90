using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;
using OrchardCommerce.Migrations;

namespace OrchardCommerce.GraphQL.Api.Tests.Versions;

/// <summary>A tenant with GraphQL.Api but without Commerce: the content half works, the catalog half is absent.</summary>
public abstract class ContentOnlyStorefrontTests : StorefrontTestBase
{
    protected override bool WithCommerce => false;

    [Fact]
    public void Features_NoCommerce_CatalogReadersAreNotThere()
    {
        Get<StorefrontFeatures>().HasCommerce.Should().BeFalse();

        var resolve = () => Get<StorefrontProductReader>();

        resolve.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Get_NoCommerce_ContentVersionsWithoutFeed()
    {
        await ImportAsync(StorefrontModel.BlogPost("post", "Post", DateTime.UtcNow));

        var version = await Get<StorefrontVersions>().GetAsync();

        (version.FeedPosition, version.FeedPending, version.Taxonomy).Should().Be((0L, 0L, 0L));
        (await Get<ContentQueryReader>().QueryAsync(new ContentQuery("BlogPost"))).TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task EnsureTriggers_CommerceTablesCreatedLater_WatchesThem()
    {
        var database = Get<TenantDatabase>();
        await new MigrationRunner(database, [new CatalogMigrations()], NullLogger<MigrationRunner>.Instance).RunAsync();
        await StorefrontVersionTriggers.EnsureAsync(database);
        var before = await Get<StorefrontVersions>().GetAsync();

        var session = Get<DbSession>();
        await using (var work = await session.BeginWorkAsync())
        {
            await work.Connection.ExecuteAsync(
                "INSERT INTO commerce_collections (id, handle, title) VALUES ('col_1', 'winter', 'Winter')", transaction: work.Transaction);
            await work.CompleteAsync();
        }

        (await Get<StorefrontVersions>().GetAsync()).Taxonomy.Should().BeGreaterThan(before.Taxonomy);
    }
}

public sealed class SqliteContentOnlyStorefrontTests : ContentOnlyStorefrontTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresContentOnlyStorefrontTests : ContentOnlyStorefrontTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
