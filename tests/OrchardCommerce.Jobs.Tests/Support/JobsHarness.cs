using OrchardCommerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Jobs.Execution;
using OrchardCommerce.Jobs.Maintenance;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Tests.Support;

/// <summary>The engine's services on one storage, with a manual clock and seeded jitter; the hosted loops are not started.</summary>
public sealed class JobsHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 28, 12, 0, 30, TimeSpan.Zero);
    public const int Seed = 42;

    private readonly ServiceProvider _services;

    public JobsHarness(Action<JobsOptions> storage, Action<JobsOptions>? configure = null, ManualTimeProvider? time = null)
    {
        Time = time ?? new ManualTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(new JobRandom(new Random(Seed)));
        services.AddSingleton<HandlerLog>();
        services.AddJobs(o =>
            {
                storage(o);
                o.WorkerCount = 4;
                o.LeaseDuration = TimeSpan.FromSeconds(15);
                o.PollInterval = TimeSpan.FromMilliseconds(50);
                o.ShutdownTimeout = TimeSpan.FromMilliseconds(300);
                configure?.Invoke(o);
            })
            .AddJobType<TestPayload, RecordingHandler>("test.record")
            .AddJobType<TestPayload, FailingHandler>("test.fail",
                retry: new RetryPolicy { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), Jitter = 0.2, NonRetryable = [typeof(ArgumentException)] })
            .AddJobType<TestPayload, BlockingHandler>("test.block", timeout: TimeSpan.FromSeconds(30))
            .AddJobType<TestPayload, FlakyHandler>("test.flaky",
                retry: new RetryPolicy { MaxAttempts = 2, BaseDelay = TimeSpan.FromSeconds(10), Jitter = 0 });
        services.AddJobWorkers();
        _services = services.BuildServiceProvider();
    }

    public ManualTimeProvider Time { get; }
    public IJobClient Client => Get<IJobClient>();
    public IJobMonitor Monitor => Get<IJobMonitor>();
    public HandlerLog Log => Get<HandlerLog>();
    internal JobStateMachine States => Get<JobStateMachine>();
    internal JobProcessor Processor => Get<JobProcessor>();
    internal IJobStorage Storage => Get<IJobStorage>();
    internal LeaseRescuer Rescuer => Get<LeaseRescuer>();
    internal RecurringScheduler Scheduler => Get<RecurringScheduler>();
    internal RetentionCleaner Retention => Get<RetentionCleaner>();
    internal ContinuationPromoter Continuations => Get<ContinuationPromoter>();
    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task<JobSummary> JobAsync(long id) => (await Monitor.GetAsync(id))!.Job;

    public async Task<IReadOnlyList<JobStateRecord>> HistoryAsync(long id) => (await Monitor.GetAsync(id))!.History;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
