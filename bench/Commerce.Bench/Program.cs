using OrchardCommerce.Commerce.Bench;
using OrchardCommerce.Data;

// usage: Commerce.Bench [orders] [concurrency] [skus]. Stock is 90 % of the orders, so the last tenth must answer 409.
var orders = args.Length > 0 ? int.Parse(args[0]) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 32;
var skus = args.Length > 2 ? int.Parse(args[2]) : 20;
var oversold = 0L;
foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
    oversold += await CheckoutBenchmark.RunAsync(provider, orders, concurrency, skus);
return oversold == 0 ? 0 : 1;
