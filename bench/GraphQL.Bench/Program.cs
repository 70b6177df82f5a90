using OrchardCommerce.GraphQL.Bench;

// usage: GraphQL.Bench [seconds] [connections] [schema.graphql root.json query.graphql]
// Without files it runs the sample product list (sample/). Prints req/s of each server and the ratios, measured together.
var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
var connections = args.Length > 1 ? int.Parse(args[1]) : 32;
var files = args.Length >= 5
    ? args[2..5].Select(BenchPaths.Resolve).ToArray()
    : [BenchPaths.Sample("schema.graphql"), BenchPaths.Sample("root.json"), BenchPaths.Sample("product-list.graphql")];
var options = new ProductListBenchmark.Options(files[0], files[1], files[2], seconds, connections);

// Ours: Cms.Web in this process, its Default tenant's /api/graphql serving the same schema and data (BenchSchemaProvider).
await using var host = await OursHost.StartAsync(new BenchSchemaProvider(files[0], files[1]));
return await ProductListBenchmark.RunAsync(options, host.Endpoint, oursHost: null);
