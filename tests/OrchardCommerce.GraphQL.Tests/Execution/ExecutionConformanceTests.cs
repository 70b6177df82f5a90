using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Tests.Conformance;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Tests.Execution;

/// <summary>Every case of <see cref="ExecutionCases"/> executed by graphql-js and by our engine: the responses must be equal.</summary>
public sealed class ExecutionConformanceTests
{
    [Fact]
    public async Task Execute_SameSchemaDataAndDocument_MatchesGraphQLJs()
    {
        var cases = ExecutionCases.All();
        var reference = await RunReferenceAsync(cases);
        var schemas = new Dictionary<string, GraphQLSchema>();
        var mismatches = new List<string>();
        var rejected = new List<string>();

        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            if (reference[i]!["rejected"] is { } reasons)
            {
                rejected.Add(c.Name);
                continue;
            }
            var expected = CanonicalJson.Of(reference[i]!["result"]);
            if (!schemas.TryGetValue(c.Sdl, out var schema)) schemas[c.Sdl] = schema = SchemaBuilder.Build(c.Sdl);
            using var root = JsonDocument.Parse(c.RootJson);
            foreach (var (mode, rootValue) in new[] { ("maps", JsonInput.FromJson(root.RootElement)), ("JsonElement", (object?)root.RootElement) })
            {
                var actual = CanonicalJson.Of(await ExecuteAsync(schema, c, rootValue));
                if (Environment.GetEnvironmentVariable("GQL_DUMP") is { } dump) File.AppendAllText(dump, $"{c.Name} [{mode}]\n  {actual}\n");
                if (actual != expected) mismatches.Add($"{c.Name} [{mode}]\n  graphql-js: {expected}\n  ours:       {actual}");
            }
        }

        mismatches.Should().BeEmpty();
        rejected.Should().BeEquivalentTo(ExecutionCases.ExpectedRejected, "graphql-js rejects exactly the cases meant to be invalid");
        (cases.Count - rejected.Count).Should().BeGreaterThanOrEqualTo(150);
    }

    private static async Task<string> ExecuteAsync(GraphQLSchema schema, ExecutionCase c, object? rootValue)
    {
        using var variables = c.VariablesJson is null ? null : JsonDocument.Parse(c.VariablesJson);
        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(c.Query),
            RootValue = rootValue,
            Variables = variables is null ? null : JsonInput.ToMap(variables.RootElement),
            OperationName = c.OperationName,
        });
        return result.ToJson();
    }

    private static async Task<JsonArray> RunReferenceAsync(IReadOnlyList<ExecutionCase> cases)
    {
        var input = cases.Select(c => new JsonObject
        {
            ["sdl"] = c.Sdl,
            ["rootValue"] = JsonNode.Parse(c.RootJson),
            ["query"] = c.Query,
            ["variables"] = c.VariablesJson is null ? null : JsonNode.Parse(c.VariablesJson),
            ["operationName"] = c.OperationName,
        });
        return (await NodeScript.RunAsync("execute.mjs", new JsonArray([.. input]).ToJsonString())).AsArray();
    }
}
