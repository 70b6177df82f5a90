using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>
/// The product list query in requests per second: our endpoint (with its response cache, as deployed, and with it off,
/// so every request executes) against graphql-js serving the same schema (introspected from ours) and data (ours'
/// answer as its root value, from memory), and against raw Kestrel returning that answer's bytes — one after the other
/// in this run, every response checked against graphql-js's.
/// </summary>
internal static class ProductListBenchmark
{
    public const string Query = """
        query ProductList {
          products(first: 20) {
            nodes {
              handle title description
              priceRange(currency: "USD") { min { amount formatted } max { amount formatted } }
              variants { sku title available quantityAvailable price(currency: "USD") { currency amount formatted } }
              content { id displayText path seoTitle seoDescription featured markdownBody { html } }
            }
          }
        }
        """;

    public static async Task<int> RunAsync(Uri ours, Uri oursUncached, int seconds, int connections)
    {
        var request = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["query"] = Query });
        var oursBody = JsonNode.Parse(await GraphQLLoad.PostOnceAsync(ours, request))!;
        if (oursBody["errors"] is not null || oursBody["data"] is null)
            throw new InvalidDataException($"our endpoint rejects the product list: {oursBody.ToJsonString()}");
        var rootPath = Path.GetTempFileName();
        await File.WriteAllTextAsync(rootPath, oursBody["data"]!.ToJsonString());
        await using var node = await NodeGraphQLServer.StartAsync(BenchPaths.Node, ours, rootPath);
        // graphql-js is the reference: its answer is what everyone must return, and what raw Kestrel returns.
        var body = await GraphQLLoad.PostOnceAsync(node.Endpoint, request);
        var expected = JsonNode.Parse(body)!;
        if (expected["errors"] is not null || !JsonNode.DeepEquals(expected["data"], oursBody["data"]))
            throw new InvalidDataException($"graphql-js answers differently: {expected.ToJsonString()}");
        await using var raw = await RawGraphQLServer.StartAsync(body);

        var warmup = TimeSpan.FromSeconds(3);
        var duration = TimeSpan.FromSeconds(seconds);
        var oursResult = await GraphQLLoad.RunAsync(ours, null, request, expected, connections, warmup, duration);
        var uncachedResult = await GraphQLLoad.RunAsync(oursUncached, null, request, expected, connections, warmup, duration);
        var nodeResult = await GraphQLLoad.RunAsync(node.Endpoint, null, request, expected, connections, warmup, duration);
        var rawResult = await GraphQLLoad.RunAsync(raw.Endpoint, null, request, expected, connections, warmup, duration);
        File.Delete(rootPath);

        var products = expected["data"]!["products"]!["nodes"]!.AsArray().Count;
        Console.WriteLine($"product list: {products} products, {body.Length:N0}-byte response, " +
                          $"{connections} connections, {warmup.TotalSeconds:N0} s warm-up + {seconds} s each");
        Console.WriteLine($"  ours (/api/graphql, POST)        : {Line(oursResult)}");
        Console.WriteLine($"  ours, response cache off         : {Line(uncachedResult)}");
        Console.WriteLine($"  graphql-js (graphql-http, 1 proc): {Line(nodeResult)}");
        Console.WriteLine($"  raw Kestrel (precomputed body)   : {Line(rawResult)}");
        Console.WriteLine($"  ratio                            : ours is {oursResult.PerSecond / nodeResult.PerSecond:N2}x graphql-js (goal >= 3x), " +
                          $"{oursResult.PerSecond / rawResult.PerSecond:P1} of raw (goal >= 40 %); " +
                          $"response cache off: {uncachedResult.PerSecond / nodeResult.PerSecond:N2}x graphql-js, {uncachedResult.PerSecond / rawResult.PerSecond:P1} of raw");
        var errors = oursResult.Errors + uncachedResult.Errors + nodeResult.Errors + rawResult.Errors;
        return errors == 0 && products == 20 ? 0 : 1;
    }

    private static string Line(GraphQLLoad.Result result) => $"{result.PerSecond,10:N0} req/s  ({result.Errors} errors)";
}
