using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Tests.Execution;

/// <summary>A small code-first schema with resolvers: products whose category comes through a data loader.</summary>
public sealed class ShopSchema
{
    public ShopSchema(int productCount = 20)
    {
        var category = new ObjectType("Category", () =>
        [
            new("id", SpecifiedScalars.Int.NonNull()),
            new("name", SpecifiedScalars.String),
        ]);
        var product = new ObjectType("Product", () =>
        [
            new("id", SpecifiedScalars.Int.NonNull()),
            new("name", SpecifiedScalars.String),
            new("category", category)
            {
                Resolver = async context =>
                {
                    var loader = context.GetDataLoader<int, Category>("categories", LoadCategoriesAsync);
                    return await loader.LoadAsync(((Product)context.Source!).CategoryId);
                },
            },
        ]);
        var query = new ObjectType("Query", () =>
        [
            new("products", product.NonNull().List().NonNull())
            {
                Resolver = _ => new ValueTask<object?>(Enumerable.Range(1, productCount).Select(i => new Product(i, $"Product {i}", i % 5)).ToList()),
            },
        ]);
        Schema = new GraphQLSchema(query);
    }

    public GraphQLSchema Schema { get; }

    /// <summary>Every key list the category batch function was called with.</summary>
    public List<IReadOnlyList<int>> CategoryBatches { get; } = [];

    public static DocumentNode ListQuery { get; } = Parser.Parse("{ products { id name category { id name } } }");

    public Task<ExecutionResult> ExecuteAsync(DocumentNode document, CancellationToken cancellationToken = default) =>
        DocumentExecutor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = document, CancellationToken = cancellationToken });

    private async Task<IReadOnlyDictionary<int, Category>> LoadCategoriesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        lock (CategoryBatches) CategoryBatches.Add(ids);
        await Task.Yield();
        return ids.Where(id => id != 0).ToDictionary(id => id, id => new Category(id, $"Category {id}"));
    }

    public sealed record Product(int Id, string Name, int CategoryId);

    public sealed record Category(int Id, string Name);
}
