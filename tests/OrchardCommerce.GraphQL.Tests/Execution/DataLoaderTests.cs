using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    [Fact]
    public async Task Execute_TwentyItemsLoadingTheirCategory_OneBatchWithDistinctKeys()
    {
        var shop = new ShopSchema();

        var result = await shop.ExecuteAsync(ShopSchema.ListQuery);

        result.Errors.Should().BeEmpty();
        shop.CategoryBatches.Should().ContainSingle().Which.Should().Equal(1, 2, 3, 4, 0);
        var products = JsonNode.Parse(result.ToJson())!["data"]!["products"]!.AsArray();
        products.Should().HaveCount(20);
        products[6]!["category"]!.ToJsonString().Should().Be("""{"id":2,"name":"Category 2"}""");
        products[4]!["category"].Should().BeNull("category 0 is missing from the batch result, so it loads as null");
    }

    [Fact]
    public async Task Execute_LoaderAtTwoDepths_OneBatchPerDepth()
    {
        var calls = new List<IReadOnlyList<int>>();
        async Task<IReadOnlyDictionary<int, int>> Parents(IReadOnlyList<int> keys, CancellationToken _)
        {
            calls.Add(keys);
            await Task.Delay(5);
            return keys.ToDictionary(k => k, k => k / 2);
        }
        ObjectType node = null!;
        node = new ObjectType("Node", () =>
        [
            new("id", SpecifiedScalars.Int) { Resolver = c => new((int)c.Source!) },
            new("parent", node) { Resolver = async c => await c.GetDataLoader<int, int>("parents", Parents).LoadAsync((int)c.Source!) },
        ]);
        var query = new ObjectType("Query", () => [new("nodes", node.List()) { Resolver = _ => new(Enumerable.Range(8, 8).ToList()) }]);

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("{ nodes { id parent { id parent { id } } } }"),
        });

        result.Errors.Should().BeEmpty();
        calls.Should().HaveCount(2);
        calls[0].Should().Equal(8, 9, 10, 11, 12, 13, 14, 15);
        calls[1].Should().Equal(4, 5, 6, 7);
        result.ToJson().Should().Contain("""{"id":15,"parent":{"id":7,"parent":{"id":3}}}""");
    }

    [Fact]
    public async Task Execute_BatchFunctionThrows_EveryWaitingFieldGetsTheError()
    {
        Task<IReadOnlyDictionary<int, string>> Fail(IReadOnlyList<int> keys, CancellationToken _) => throw new InvalidOperationException("database is down");
        var item = new ObjectType("Item", () =>
        [
            new("label", SpecifiedScalars.String) { Resolver = async c => await c.GetDataLoader<int, string>("labels", Fail).LoadAsync((int)c.Source!) },
        ]);
        var query = new ObjectType("Query", () => [new("items", item.List()) { Resolver = _ => new(new List<int> { 1, 2 }) }]);

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest { Schema = new GraphQLSchema(query), Document = Parser.Parse("{ items { label } }") });

        result.ToJson().Should().Be("""{"errors":[{"message":"database is down","locations":[{"line":1,"column":11}],"path":["items",0,"label"]},{"message":"database is down","locations":[{"line":1,"column":11}],"path":["items",1,"label"]}],"data":{"items":[{"label":null},{"label":null}]}}""");
    }

    [Fact]
    public async Task Execute_ResolverLeavesTheContextBeforeLoading_BatchStillDispatched()
    {
        var batches = 0;
        Task<IReadOnlyDictionary<int, string>> Load(IReadOnlyList<int> keys, CancellationToken _)
        {
            Interlocked.Increment(ref batches);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"#{k}"));
        }
        var query = new ObjectType("Query", () =>
        [
            new("label", SpecifiedScalars.String)
            {
                Resolver = async c =>
                {
                    await Task.Delay(1).ConfigureAwait(false);
                    return await c.GetDataLoader<int, string>("labels", Load).LoadAsync(7);
                },
            },
        ]);

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest { Schema = new GraphQLSchema(query), Document = Parser.Parse("{ label }") })
            .WaitAsync(TimeSpan.FromSeconds(10));

        result.ToJson().Should().Be("""{"data":{"label":"#7"}}""");
        batches.Should().Be(1);
    }

    [Fact]
    public async Task Execute_SameKeyFromTwoFields_LoadedOnceInOneBatch()
    {
        var seen = new List<IReadOnlyList<string>>();
        Task<IReadOnlyDictionary<string, int>> Lengths(IReadOnlyList<string> keys, CancellationToken _)
        {
            seen.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
        }
        var query = new ObjectType("Query", () =>
        [
            new("length", SpecifiedScalars.Int)
            {
                Arguments = [new("text", SpecifiedScalars.String.NonNull())],
                Resolver = async c => await c.GetDataLoader<string, int>("lengths", Lengths).LoadAsync(c.Argument<string>("text")),
            },
        ]);

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("{ a: length(text: \"abc\") b: length(text: \"abc\") c: length(text: \"hello\") }"),
        });

        result.ToJson().Should().Be("""{"data":{"a":3,"b":3,"c":5}}""");
        seen.Should().ContainSingle().Which.Should().Equal("abc", "hello");
    }
}
