using OrchardCommerce.Workflows.Bench;

// usage: Workflows.Bench [orders] [concurrency]. Prints orders/s and latency p50/p99 from checkout to completed,
// through the order-fulfillment workflow and through direct calls, and their ratio.
var orders = args.Length > 0 ? int.Parse(args[0]) : 1000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 32;
Console.WriteLine($"{orders} approved orders, {concurrency} placed at a time, embedded default (SQLite)");
var direct = await WorkflowBenchmark.DirectAsync(orders, concurrency);
var workflow = await WorkflowBenchmark.WorkflowAsync(orders, concurrency);
foreach (var r in new[] { workflow, direct })
    Console.WriteLine($"  {r.Name,-28}: {r.PerSecond,7:N0} orders/s  p50 {r.Percentile(0.5),7:N1} ms  p99 {r.Percentile(0.99),7:N1} ms  ({r.Completed}/{r.Orders} completed)");
Console.WriteLine($"  workflow vs direct          : {workflow.PerSecond / direct.PerSecond:P0} of the throughput, p50 {workflow.Percentile(0.5) / direct.Percentile(0.5):N1}×");
Console.WriteLine($"  goals                       : p50 ≤ 50 ms {(workflow.Percentile(0.5) <= 50 ? "met" : "missed")}, ≥ 200 orders/s {(workflow.PerSecond >= 200 ? "met" : "missed")}");
return workflow.Completed == workflow.Orders ? 0 : 1;
