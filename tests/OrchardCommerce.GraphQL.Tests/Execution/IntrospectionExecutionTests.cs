using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Tests.Conformance;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Tests.Execution;

/// <summary>The standard introspection query run by our engine: the same result as graphql-js, and a schema graphql-js rebuilds.</summary>
public sealed class IntrospectionExecutionTests
{
    private static readonly string[] Sdls =
    [
        ExecutionCases.IntrospectionSdl,
        "type Query { a: String }",
        """
        interface A implements B { id: ID } interface B { id: ID }
        type T implements A & B { id: ID list: [[Int!]]! } type Query { t(x: [Int] = [1, 2], y: String = "q\"uote"): T }
        type Subscription { s: Int }
        """,
    ];

    [Fact]
    public async Task StandardIntrospectionQuery_SameSchema_MatchesGraphQLJsAndRebuilds()
    {
        var reference = await NodeScript.RunAsync("execute-introspection.mjs", new JsonObject { ["sdls"] = ToArray(Sdls) }.ToJsonString());
        var queries = reference["queries"]!.AsArray().Select(q => (string)q!).ToList();
        var ours = new JsonArray();
        for (var s = 0; s < Sdls.Length; s++)
        {
            var schema = SchemaBuilder.Build(Sdls[s]);
            for (var q = 0; q < queries.Count; q++)
            {
                var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(queries[q]) });
                var json = result.ToJson();
                CanonicalJson.Of(json).Should().Be(CanonicalJson.Of(reference["results"]![s]![q]), $"schema {s}, query {q}");
                if (q == 1) ours.Add(JsonNode.Parse(json)!["data"]!.DeepClone());
            }
        }

        var rebuilt = await NodeScript.RunAsync("execute-introspection.mjs", new JsonObject { ["sdls"] = ToArray(Sdls), ["ours"] = ours }.ToJsonString());
        foreach (var printed in rebuilt["printed"]!.AsArray())
        {
            printed!["error"].Should().BeNull();
            ((string)printed["ours"]!).Should().Be((string)printed["theirs"]!);
        }
    }

    private static JsonArray ToArray(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)i)]);
}
