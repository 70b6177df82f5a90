using OrchardCommerce.GraphQL.Bench;

// usage: GraphQL.Bench [seconds] [connections] [schema.graphql root.json query.graphql]
// Without files it runs the sample product list (sample/). Prints req/s of each server and the ratios, measured together.
var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
var connections = args.Length > 1 ? int.Parse(args[1]) : 32;
var files = args.Length >= 5
    ? args[2..5].Select(BenchPaths.Resolve).ToArray()
    : [BenchPaths.Sample("schema.graphql"), BenchPaths.Sample("root.json"), BenchPaths.Sample("product-list.graphql")];
var options = new ProductListBenchmark.Options(files[0], files[1], files[2], seconds, connections);

// Our endpoint plugs in here (issue #6): start Cms.Web with a tenant whose GraphQL schema and content are the sample's,
// and pass its /api/graphql address and the tenant's Host header. Until then only the two baselines are measured.
Uri? ours = null;
string? oursHost = null;

return await ProductListBenchmark.RunAsync(options, ours, oursHost);
