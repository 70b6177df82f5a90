using OrchardCommerce.Jobs.Bench;
using OrchardCommerce.Testing;

// dotnet run -c Release --project bench/Jobs.Bench [jobs] — raw SQL loop vs the engine on one local PostgreSQL.
var jobs = args.Length > 0 ? int.Parse(args[0]) : 50_000;
const int Batch = 100;
var workers = Environment.ProcessorCount * 4;
var server = await PostgresServer.SharedAsync();
Console.WriteLine($"PostgreSQL on port {server.Port}; {jobs:N0} no-op jobs, batch {Batch}, {workers} workers, {Environment.ProcessorCount} cores");

var raw = await RawSqlLoop.RunAsync(await server.CreateDatabaseAsync(), jobs, Batch, workers);
var rawRate = jobs / raw.TotalSeconds;
Console.WriteLine($"raw SQL loop   : {rawRate,10:N0} jobs/s  (insert + claim + complete, {raw.TotalSeconds:N2} s)");

await using var engine = new EngineRun(await server.CreateDatabaseAsync(), workers, Batch);
var (enqueue, process) = await engine.RunAsync(jobs, Batch);
var engineRate = jobs / (enqueue + process).TotalSeconds;
Console.WriteLine($"jobs engine    : {engineRate,10:N0} jobs/s  (enqueue {jobs / enqueue.TotalSeconds:N0}/s in {enqueue.TotalSeconds:N2} s, process {jobs / process.TotalSeconds:N0}/s in {process.TotalSeconds:N2} s)");
Console.WriteLine($"ratio          : {engineRate / rawRate:P0} of raw (goal >= 50 %, >= 10,000 jobs/s)");

var (p50, p99) = await engine.PickupLatencyAsync(count: 300, perSecond: 50);
Console.WriteLine($"pickup latency : p50 {p50:N1} ms, p99 {p99:N1} ms (single enqueues at 50/s while idle; goal p99 <= 100 ms)");
