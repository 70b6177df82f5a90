using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>
/// A started engine on its own database (a temporary SQLite file, or a fresh PostgreSQL database) with a manual
/// clock (or the clock a test passes), plus the few steps tests repeat: deploy a file from Processes/, start an
/// instance, take a job.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    private readonly WorkflowEngineOptions _options;
    private readonly string? _file;
    private readonly TimeProvider _clock;

    private EngineHarness(WorkflowEngineOptions options, ManualTimeProvider time, string? file, TimeProvider? clock)
    {
        _options = options;
        _file = file;
        Time = time;
        _clock = clock ?? time;
        Engine = new WorkflowEngine(options, _clock);
    }

    public WorkflowEngine Engine { get; private set; }

    public ManualTimeProvider Time { get; }

    /// <param name="clock">The engine's clock instead of <see cref="Time"/> (which then moves nothing).</param>
    public static async Task<EngineHarness> StartAsync(WorkflowStoreProvider provider = WorkflowStoreProvider.Sqlite,
        Action<WorkflowEngineOptions>? configure = null, TimeProvider? clock = null)
    {
        string? file = null;
        var options = new WorkflowEngineOptions { Provider = provider };
        if (provider == WorkflowStoreProvider.Postgres)
        {
            options.ConnectionString = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        }
        else
        {
            file = Path.Combine(Path.GetTempPath(), $"wf-{Guid.NewGuid():N}.db");
            options.ConnectionString = $"Data Source={file}";
        }

        configure?.Invoke(options);
        var harness = new EngineHarness(options, new ManualTimeProvider(Start), file, clock);
        await harness.Engine.StartAsync();
        return harness;
    }

    /// <summary>Stops the engine (as a process exit would) and starts a new one on the same database.</summary>
    public async Task RestartAsync(Action? whileStopped = null)
    {
        await Engine.DisposeAsync();
        whileStopped?.Invoke();
        Engine = new WorkflowEngine(_options, _clock);
        await Engine.StartAsync();
    }

    public static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Processes", file));

    public Task<DeploymentResult> DeployAsync(params string[] files) =>
        Engine.DeployAsync(files.Select(f => new DeploymentResource(f, Read(f))).ToList());

    public async Task<long> CreateAsync(string processId, string? variables = null) =>
        (await Engine.CreateInstanceAsync(new CreateInstanceRequest
        {
            BpmnProcessId = processId,
            Variables = variables is null ? null : JsonNode.Parse(variables)!.AsObject(),
        })).ProcessInstanceKey;

    /// <summary>Activates jobs without long polling (the clock is manual).</summary>
    public Task<IReadOnlyList<ActivatedJob>> ActivateAsync(string type, int max = 10, TimeSpan? timeout = null) =>
        Engine.ActivateJobsAsync(new ActivateJobsRequest
        {
            Type = type, Worker = "test", Timeout = timeout ?? TimeSpan.FromMinutes(5), MaxJobs = max, RequestTimeout = TimeSpan.FromMilliseconds(-1),
        });

    /// <summary>Waits (in real time, up to 5 s) for a job of the type: timers fire on a background loop.</summary>
    public async Task<ActivatedJob> NextJobAsync(string type, TimeSpan? timeout = null)
    {
        var jobs = await EventuallyAsync(() => ActivateAsync(type, 1, timeout), j => j.Count > 0, $"a job of type '{type}'");
        return jobs[0];
    }

    public async Task CompleteAsync(ActivatedJob job, string? variables = null) =>
        await Engine.CompleteJobAsync(job.JobKey, variables is null ? null : JsonNode.Parse(variables)!.AsObject());

    public Task<ProcessInstanceView> InstanceAsync(long key) => Engine.GetInstanceAsync(key);

    public Task<ProcessInstanceView> WaitForStateAsync(long key, string state) =>
        EventuallyAsync(() => Engine.GetInstanceAsync(key), i => i.State == state, $"instance {key} to be {state}");

    /// <summary>The root-scope variables of an instance, by name, as JSON text.</summary>
    public async Task<Dictionary<string, string>> VariablesAsync(long instanceKey) =>
        (await Engine.SearchVariablesAsync(new VariableQuery { ProcessInstanceKey = instanceKey, ScopeKey = instanceKey, Limit = 1000 }))
        .Items.ToDictionary(v => v.Name, v => v.Value);

    /// <summary>
    /// Moves the clock by <paramref name="step"/> until the task finishes: whoever waits on the clock may not have
    /// armed its timer yet when the test first advances it.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step)
    {
        for (var i = 0; i < 50 && !task.IsCompleted; i++)
        {
            Time.Advance(step);
            await Task.WhenAny(task, Task.Delay(100));
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(1));
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }
}
