using OrchardCommerce.Workflows.Bench;

// usage: Workflows.Bench [orders] [concurrency] [latency orders] [latency rate/s]. Prints, for the order-fulfillment
// workflow and for direct calls, the completed orders per second and the latency from checkout to completed.
var plan = new Plan(
    args.Length > 0 ? int.Parse(args[0]) : 1000, args.Length > 1 ? int.Parse(args[1]) : 32,
    args.Length > 2 ? int.Parse(args[2]) : 200, args.Length > 3 ? double.Parse(args[3]) : 10);
Console.WriteLine($"Embedded default (SQLite): {plan.Orders} approved orders {plan.Concurrency} at a time, then {plan.LatencyOrders} at {plan.LatencyRate}/s");
var direct = await WorkflowBenchmark.DirectAsync(plan);
var workflow = await WorkflowBenchmark.WorkflowAsync(plan);
var drained = await WorkflowBenchmark.DrainAsync(plan);
foreach (var r in new[] { workflow, direct })
    Console.WriteLine($"  {r.Name,-28}: {r.PerSecond,7:N0} orders/s ({r.Completed}/{r.Orders}), CPU {r.CpuMsPerOrder,4:N1} ms/order   latency p50 {r.Percentile(0.5),7:N1} ms  p99 {r.Percentile(0.99),7:N1} ms   while timed: {r.Warm}");
Console.WriteLine($"  workflow draining a backlog : {drained,7:N0} orders/s ({plan.Orders} placed while the daemon was stopped)");
Console.WriteLine($"  workflow vs direct          : {workflow.PerSecond / direct.PerSecond:P0} of the throughput; p50 {workflow.Percentile(0.5) / direct.Percentile(0.5):N1}× as long");
Console.WriteLine($"  goals (p50 ≤ 50 ms, ≥ 200 orders/s): {(workflow.Percentile(0.5) <= 50 ? "met" : "missed")}, {(workflow.PerSecond >= 200 ? "met" : "missed")} with checkout, {(drained >= 200 ? "met" : "missed")} draining");
return workflow.Completed == workflow.Orders ? 0 : 1;
