using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Tests.Conformance;

/// <summary>Runs tests/graphql-conformance/parse-print.mjs once over a batch of documents.</summary>
public static class GraphQLJsReference
{
    public static async Task<JsonArray> ParseAndPrintAsync(IEnumerable<string> documents) =>
        (await NodeScript.RunAsync("parse-print.mjs", JsonSerializer.Serialize(documents))).AsArray();
}
