using OrchardCommerce.GraphQL.Bench;

// usage: GraphQL.Bench [seconds] [connections]
// A storefront product list (20 products with variants, prices, stock and their content) from our /api/graphql, from
// graphql-js serving the same schema (introspected from ours) and data, and from raw Kestrel returning the same bytes.
var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
var connections = args.Length > 1 ? int.Parse(args[1]) : 32;

await using var cached = await OursHost.StartAsync(products: 20, responseCache: true);
await using var uncached = await OursHost.StartAsync(products: 20, responseCache: false);
return await ProductListBenchmark.RunAsync(cached.Endpoint, uncached.Endpoint, seconds, connections);
