using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Catalog;

/// <summary>
/// No N+1: the statements the database runs for 20 products (each with two variants, prices, stock, categories and a
/// ProductContent item) are as many as for 2, counted by the drivers themselves (see <see cref="CommandCounter"/>).
/// </summary>
public abstract class StorefrontQueryCountTests : StorefrontTestBase
{
    private const int Products = 20;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Get<CategoryService>().CreateAsync(new CategoryInput("gear", "Gear", null, 0));
        for (var i = 0; i < Products; i++)
        {
            var handle = $"product-{i:00}";
            await ProductAsync(handle, [$"SKU-{i:00}-A", $"SKU-{i:00}-B"], stock: i, categories: ["gear"]);
            await ImportAsync(ProductContent($"pc-{i:00}", $"Product {i}", i % 2 == 0 ? handle : null, $"SKU-{i:00}-A"));
        }
    }

    /// <summary>Runs <paramref name="read"/> in a fresh scope whose connection is already open, and counts its statements.</summary>
    private async Task<int> CountAsync(Func<IServiceProvider, Task> read)
    {
        await NewScopeAsync();
        var connection = await Get<DbSession>().GetConnectionAsync();
        using var counter = CommandCounter.Start(connection);
        await read(Services);
        return counter.Count;
    }

    [Fact]
    public async Task ListPage_TwentyProducts_SameStatementsAsTwo()
    {
        var two = await CountAsync(s => s.GetRequiredService<StorefrontProductReader>().ListAsync(new StorefrontProductQuery(First: 2)));
        var twenty = await CountAsync(async s =>
        {
            var page = await s.GetRequiredService<StorefrontProductReader>().ListAsync(new StorefrontProductQuery(First: Products));
            page.Edges.Should().HaveCount(Products).And.OnlyContain(e => e.Node.Content != null && e.Node.Product.Variants.Count == 2);
        });

        twenty.Should().Be(two).And.BeInRange(1, 10);
    }

    [Fact]
    public async Task GetByHandles_TwentyProducts_SameStatementsAsTwo()
    {
        var reader = (IServiceProvider s) => s.GetRequiredService<StorefrontProductReader>();
        var two = await CountAsync(s => reader(s).GetByHandlesAsync(["product-00", "product-01"]));
        var twenty = await CountAsync(async s =>
            (await reader(s).GetByHandlesAsync(Enumerable.Range(0, Products).Select(i => $"product-{i:00}"))).Should().HaveCount(Products));

        twenty.Should().Be(two).And.BeInRange(1, 8);
    }

    [Fact]
    public async Task ContentQuery_TwentyItems_SameStatementsAsTwo()
    {
        var query = new ContentQuery(ProductContentReader.ContentType);
        var two = await CountAsync(s => s.GetRequiredService<ContentQueryReader>().QueryAsync(query with { First = 2 }));
        var twenty = await CountAsync(async s =>
            (await s.GetRequiredService<ContentQueryReader>().QueryAsync(query with { First = Products })).Edges.Should().HaveCount(Products));

        twenty.Should().Be(two).And.BeInRange(1, 4);
    }

    [Fact]
    public async Task Picked_TwentyIds_OneStatement()
    {
        var ids = Enumerable.Range(0, Products).Select(i => $"pc-{i:00}").ToList();

        var statements = await CountAsync(async s => (await s.GetRequiredService<ContentByIdReader>().GetManyAsync(ids)).Should().HaveCount(Products));

        statements.Should().Be(1);
    }
}

public sealed class SqliteStorefrontQueryCountTests : StorefrontQueryCountTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStorefrontQueryCountTests : StorefrontQueryCountTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
