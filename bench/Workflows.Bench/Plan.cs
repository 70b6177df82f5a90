namespace OrchardCommerce.Workflows.Bench;

/// <summary>The throughput phase's size and concurrency, and the latency phase's size and pace (orders a second).</summary>
internal sealed record Plan(int Orders, int Concurrency, int LatencyOrders, double LatencyRate);
