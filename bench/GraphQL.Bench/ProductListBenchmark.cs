using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>
/// The product list query in requests per second: our endpoint (when given) against graphql-js serving the same schema
/// and data, and against raw Kestrel returning graphql-js's answer from memory, one after the other in this run.
/// </summary>
internal static class ProductListBenchmark
{
    public sealed record Options(string SchemaPath, string RootPath, string QueryPath, int Seconds, int Connections);

    /// <param name="ours">Our /api/graphql serving the same schema and data, or null while it does not exist (then only
    /// the two baselines run and no goal is judged).</param>
    /// <param name="oursHost">The Host header that selects the tenant, when <paramref name="ours"/> needs one.</param>
    public static async Task<int> RunAsync(Options options, Uri? ours, string? oursHost)
    {
        var request = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["query"] = File.ReadAllText(options.QueryPath) });
        await using var node = await NodeGraphQLServer.StartAsync(BenchPaths.Node, options.SchemaPath, options.RootPath);
        // graphql-js is the reference: its answer is what everyone must return, and what raw Kestrel returns.
        var body = await GraphQLLoad.PostOnceAsync(node.Endpoint, request);
        var expected = JsonNode.Parse(body)!;
        if (expected["errors"] is not null || expected["data"] is null)
            throw new InvalidDataException($"graphql-js rejects the sample: {expected.ToJsonString()}");
        await using var raw = await RawGraphQLServer.StartAsync(body);

        var warmup = TimeSpan.FromSeconds(3);
        var duration = TimeSpan.FromSeconds(options.Seconds);
        GraphQLLoad.Result? oursResult = ours is null
            ? null
            : await GraphQLLoad.RunAsync(ours, oursHost, request, expected, options.Connections, warmup, duration);
        var nodeResult = await GraphQLLoad.RunAsync(node.Endpoint, null, request, expected, options.Connections, warmup, duration);
        var rawResult = await GraphQLLoad.RunAsync(raw.Endpoint, null, request, expected, options.Connections, warmup, duration);

        var items = expected["data"]!.AsObject().Select(p => p.Value is JsonArray list ? list.Count : 1).Sum();
        Console.WriteLine($"{Path.GetFileName(options.QueryPath)}: {items} items, {body.Length:N0}-byte response, " +
                          $"{options.Connections} connections, {warmup.TotalSeconds:N0} s warm-up + {options.Seconds} s each");
        Console.WriteLine(oursResult is null
            ? "  ours (/api/graphql)              :  not measured: no endpoint given (see Program.cs)"
            : $"  ours (/api/graphql)              : {Line(oursResult)}");
        Console.WriteLine($"  graphql-js (graphql-http, 1 proc): {Line(nodeResult)}");
        Console.WriteLine($"  raw Kestrel (precomputed body)   : {Line(rawResult)}");
        Console.WriteLine(oursResult is null
            ? $"  ratio                            : graphql-js is {nodeResult.PerSecond / rawResult.PerSecond:P1} of raw; ours n/a (goals: >= 3x graphql-js, >= 40 % of raw)"
            : $"  ratio                            : ours is {oursResult.PerSecond / nodeResult.PerSecond:N2}x graphql-js (goal >= 3x), " +
              $"{oursResult.PerSecond / rawResult.PerSecond:P1} of raw (goal >= 40 %)");
        var errors = (oursResult?.Errors ?? 0) + nodeResult.Errors + rawResult.Errors;
        return errors == 0 ? 0 : 1;
    }

    private static string Line(GraphQLLoad.Result result) => $"{result.PerSecond,10:N0} req/s  ({result.Errors} errors)";
}
