using OrchardCommerce.Commerce.Bench;
using OrchardCommerce.Data;

// usage: Commerce.Bench [orders] [concurrency] [skus] [sqlite|postgres]. Stock is 90 % of the orders, so the last tenth
// must answer 409. Without a provider both run.
var orders = args.Length > 0 ? int.Parse(args[0]) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 32;
var skus = args.Length > 2 ? int.Parse(args[2]) : 20;
DatabaseProvider[] providers = args.Length > 3 ? [Enum.Parse<DatabaseProvider>(args[3], ignoreCase: true)] : [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
var oversold = 0L;
foreach (var provider in providers)
    oversold += await CheckoutBenchmark.RunAsync(provider, orders, concurrency, skus);
return oversold == 0 ? 0 : 1;
