using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Tests.Execution;

public sealed class DocumentExecutorTests
{
    [Fact]
    public async Task Execute_MutationWithAsyncFields_RunsTopLevelFieldsOneAfterAnother()
    {
        var log = new List<string>();
        FieldResolver Step(string name, int delay) => async _ =>
        {
            lock (log) log.Add("start " + name);
            await Task.Delay(delay);
            lock (log) log.Add("end " + name);
            return name;
        };
        var mutation = new ObjectType("Mutation", () =>
        [
            new("slow", SpecifiedScalars.String) { Resolver = Step("slow", 40) },
            new("fast", SpecifiedScalars.String) { Resolver = Step("fast", 1) },
        ]);
        var schema = new GraphQLSchema(new ObjectType("Query", () => [new("a", SpecifiedScalars.String)]), mutation);

        var result = await Execute(schema, "mutation { slow fast again: slow }");

        result.ToJson().Should().Be("""{"data":{"slow":"slow","fast":"fast","again":"slow"}}""");
        log.Should().Equal("start slow", "end slow", "start fast", "end fast", "start slow", "end slow");
    }

    [Fact]
    public async Task Execute_QueryWithAsyncFields_ResolvesConcurrentlyAndKeepsFieldOrder()
    {
        var running = 0;
        var peak = 0;
        FieldResolver Step(string name, int delay) => async _ =>
        {
            peak = Math.Max(peak, Interlocked.Increment(ref running));
            await Task.Delay(delay);
            Interlocked.Decrement(ref running);
            return name;
        };
        var query = new ObjectType("Query", () =>
        [
            new("slow", SpecifiedScalars.String) { Resolver = Step("slow", 50) },
            new("fast", SpecifiedScalars.String) { Resolver = Step("fast", 1) },
        ]);

        var result = await Execute(new GraphQLSchema(query), "{ slow fast }");

        result.ToJson().Should().Be("""{"data":{"slow":"slow","fast":"fast"}}""");
        peak.Should().Be(2);
    }

    [Fact]
    public async Task Execute_ResolverThrows_FieldErrorWithMessagePathAndLocation()
    {
        var item = new ObjectType("Item", () =>
        [
            new("price", SpecifiedScalars.Float.NonNull()) { Resolver = c => (int)c.Source! == 2 ? throw new InvalidOperationException("no price") : new(1.5) },
        ]);
        var query = new ObjectType("Query", () => [new("items", item.List()) { Resolver = _ => new(new[] { 1, 2, 3 }) }]);

        var result = await Execute(new GraphQLSchema(query), "{\n  items { price }\n}");

        result.ToJson().Should().Be("""{"errors":[{"message":"no price","locations":[{"line":2,"column":11}],"path":["items",1,"price"]}],"data":{"items":[{"price":1.5},null,{"price":1.5}]}}""");
    }

    [Fact]
    public async Task Execute_ResolverThrowsGraphQLError_KeepsExtensions()
    {
        var query = new ObjectType("Query", () =>
        [
            new("secret", SpecifiedScalars.String)
            {
                Resolver = _ => throw new GraphQLErrorException(new GraphQLError("Forbidden.") { Extensions = new Dictionary<string, object?> { ["code"] = "FORBIDDEN" } }),
            },
        ]);

        var result = await Execute(new GraphQLSchema(query), "{ secret }");

        result.ToJson().Should().Be("""{"errors":[{"message":"Forbidden.","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"FORBIDDEN"}}],"data":{"secret":null}}""");
    }

    [Fact]
    public async Task Execute_CancelledWhileAResolverWaits_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var query = new ObjectType("Query", () =>
        [
            new("wait", SpecifiedScalars.String)
            {
                Resolver = async c =>
                {
                    cancellation.Cancel();
                    await Task.Delay(Timeout.Infinite, c.CancellationToken);
                    return "never";
                },
            },
        ]);

        var executing = DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("{ wait }"),
            CancellationToken = cancellation.Token,
        });

        await FluentActions.Awaiting(() => executing.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Execute_ArgumentsWithDefaultsAndVariables_ResolverSeesCoercedValues()
    {
        var filter = new InputObjectType("Filter", () =>
        [
            new InputValueDefinition("min", SpecifiedScalars.Int) { HasDefaultValue = true, DefaultValue = 0 },
            new InputValueDefinition("tags", SpecifiedScalars.String.List()),
        ]);
        var query = new ObjectType("Query", () =>
        [
            new("echo", SpecifiedScalars.String)
            {
                Arguments = [new("filter", filter), new("first", SpecifiedScalars.Int) { HasDefaultValue = true, DefaultValue = 10 }],
                Resolver = c => new(JsonSerializer.Serialize(c.Arguments)),
            },
        ]);
        var variables = JsonDocument.Parse("""{"tag":"new"}""").RootElement;

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("query Q($tag: [String]) { echo(filter: {tags: $tag}) }"),
            VariablesJson = variables,
        });

        JsonNode.Parse(result.ToJson())!["data"]!["echo"]!.GetValue<string>().Should().Be("""{"filter":{"min":0,"tags":["new"]},"first":10}""");
    }

    [Fact]
    public async Task Execute_DocumentWithoutOperation_RequestErrorWithoutData()
    {
        var schema = new GraphQLSchema(new ObjectType("Query", () => [new("a", SpecifiedScalars.String)]));

        var result = await Execute(schema, "fragment F on Query { a }");

        result.HasData.Should().BeFalse();
        result.ToJson().Should().Be("""{"errors":[{"message":"Must provide an operation."}]}""");
    }

    [Fact]
    public async Task Execute_DefaultResolverOverObjectsAndJsonNodes_ReadsPropertiesByFieldName()
    {
        var item = new ObjectType("Item", () => [new("name", SpecifiedScalars.String), new("unitPrice", SpecifiedScalars.Float)]);
        var query = new ObjectType("Query", () => [new("record", item), new("node", item), new("items", item.List())]);
        var root = new Dictionary<string, object?>
        {
            ["record"] = new { Name = "Pen", UnitPrice = 1.5m },
            ["node"] = JsonNode.Parse("""{"name":"Ink","unitPrice":3}"""),
            ["items"] = JsonNode.Parse("""[{"name":"A"},{"name":"B","unitPrice":null}]"""),
        };

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("{ record { name unitPrice } node { name unitPrice } items { name unitPrice } }"),
            RootValue = root,
        });

        result.ToJson().Should().Be("""{"data":{"record":{"name":"Pen","unitPrice":1.5},"node":{"name":"Ink","unitPrice":3},"items":[{"name":"A","unitPrice":null},{"name":"B","unitPrice":null}]}}""");
    }

    private static Task<ExecutionResult> Execute(GraphQLSchema schema, string query) =>
        DocumentExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(query) });
}
