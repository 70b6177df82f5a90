using OrchardCommerce.Bench;

// Each benchmark prints its measurement beside its baseline, measured in the same run, and the ratio.
var mode = args.FirstOrDefault() ?? "route";
return mode switch
{
    "route" => await RouteBenchmark.RunAsync(args.Skip(1).ToArray()),
    "tenants" => await TenantsBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Cms.Bench route [seconds] [connections] | tenants [count]");
    return 2;
}
