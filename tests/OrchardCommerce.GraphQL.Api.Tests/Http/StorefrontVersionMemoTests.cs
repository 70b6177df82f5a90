using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.GraphQL.Api.Http;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// The version the response cache is keyed on is reused for a second at most: a write another process makes (here raw
/// SQL outside any unit of work) is seen once the window ends, a unit of work committed in this process at once.
/// </summary>
public abstract class StorefrontVersionMemoTests<THost>(THost fixture) : IClassFixture<THost> where THost : GraphQLHttpHost
{
    [Fact]
    public async Task Get_OutsideWriteSeenAfterWindow_LocalCommitSeenAtOnce()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var database = (await fixture.ShellAsync("acme")).Services.GetRequiredService<TenantDatabase>();
        var memo = new StorefrontVersionMemo(database, clock, Options.Create(new GraphQLEndpointOptions { VersionRecheckMilliseconds = 1000 }));
        Task<StorefrontVersion> ReadAsync() => fixture.InTenantAsync("acme", s => memo.GetAsync(s.GetRequiredService<StorefrontVersions>(), default));

        var first = await ReadAsync();
        await using (var connection = await database.OpenAsync())
            await connection.ExecuteAsync("UPDATE storefront_versions SET value = value + 1 WHERE name = 'taxonomy'");
        var withinWindow = await ReadAsync();
        clock.Advance(TimeSpan.FromMilliseconds(1100));
        var afterWindow = await ReadAsync();
        await fixture.InTenantAsync("acme", s => s.GetRequiredService<CategoryService>()
            .CreateAsync(new CategoryInput("memo-" + Guid.NewGuid().ToString("N")[..8], "Memo", null, 0)));
        var afterLocalCommit = await ReadAsync();

        withinWindow.Should().Be(first);
        afterWindow.Taxonomy.Should().Be(first.Taxonomy + 1);
        afterLocalCommit.Taxonomy.Should().BeGreaterThan(afterWindow.Taxonomy);
    }
}

public sealed class SqliteStorefrontVersionMemoTests(SqliteGraphQLHttpHost fixture) : StorefrontVersionMemoTests<SqliteGraphQLHttpHost>(fixture);

public sealed class PostgresStorefrontVersionMemoTests(PostgresGraphQLHttpHost fixture) : StorefrontVersionMemoTests<PostgresGraphQLHttpHost>(fixture);
