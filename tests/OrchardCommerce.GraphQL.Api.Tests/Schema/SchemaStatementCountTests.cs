using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

namespace OrchardCommerce.GraphQL.Api.Tests.Schema;

/// <summary>
/// No N+1 through GraphQL: a page of 20 products with their content and variants, and a page of 20 items whose pickers
/// pick other items, run as many statements as a page of 2 (counted by the drivers, see <see cref="CommandCounter"/>).
/// </summary>
public abstract class SchemaStatementCountTests : StorefrontTestBase
{
    private const int Items = 20;

    private const string ProductsQuery = """
        query($first: Int) { products(first: $first) { totalCount edges { cursor node { handle title description priceRange(currency: "EUR") { min { amount } }
          variants { sku available price(currency: "USD") { formatted } } categories { handle parent { handle } }
          content { ... on ProductContent { seoTitle markdownBody { html } } } } } } }
        """;

    private const string PickersQuery = """
        query($first: Int) { blogPosts(first: $first) { nodes { id related { id ... on ProductContent { seoTitle handle } } } } }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Get<CategoryService>().CreateAsync(new CategoryInput("gear", "Gear", null, 0));
        for (var i = 0; i < Items; i++)
        {
            var handle = $"product-{i:00}";
            await ProductAsync(handle, [$"SKU-{i:00}-A", $"SKU-{i:00}-B"], stock: i, categories: ["gear"]);
            await ImportAsync(ProductContent($"pc-{i:00}", $"Product {i}", handle, $"SKU-{i:00}-A"));
            await ImportAsync(StorefrontModel.BlogPost($"b{i:00}", $"Post {i}", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
                subtitle: $"S{i}", related: [$"pc-{i:00}", $"pc-{(i + 1) % Items:00}"]));
        }
        // Built once here, so each count below sees what a request to a warm tenant does.
        await Get<IStorefrontSchemaProvider>().GetSchemaAsync(Services, CancellationToken.None);
    }

    /// <summary>Executes in a fresh scope (connection open) and counts the statements.</summary>
    private async Task<int> CountAsync(string query, int first)
    {
        await NewScopeAsync();
        var connection = await Get<DbSession>().GetConnectionAsync();
        using var counter = CommandCounter.Start(connection);
        var data = await StorefrontGraphQL.DataAsync(Services, query, new { first });
        data.ToJsonString().Should().NotContain("\"related\":[]").And.NotContain("\"content\":null").And.NotContain("\"variants\":[]");
        return counter.Count;
    }

    [Fact]
    public async Task Products_WithContentAndVariants_TwentySameStatementsAsTwo()
    {
        var two = await CountAsync(ProductsQuery, 2);
        var twenty = await CountAsync(ProductsQuery, Items);

        twenty.Should().Be(two).And.BeInRange(1, 12);
    }

    [Fact]
    public async Task ContentList_WithPickers_TwentySameStatementsAsTwo()
    {
        var two = await CountAsync(PickersQuery, 2);
        var twenty = await CountAsync(PickersQuery, Items);

        // The schema version, the type and part definitions, the page, and one batch of every picked item.
        twenty.Should().Be(two).And.Be(5);
    }
}

public sealed class SqliteSchemaStatementCountTests : SchemaStatementCountTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSchemaStatementCountTests : SchemaStatementCountTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
