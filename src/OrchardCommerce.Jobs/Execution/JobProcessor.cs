using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Jobs.Hosting;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Execution;

/// <summary>
/// This process's workers: one fetch loop claims as many due jobs as there are free worker slots (in queue priority
/// order), each job runs on the thread pool, and successes are completed in batches by one completer. A heartbeat
/// extends the leases of everything still held.
/// </summary>
internal sealed partial class JobProcessor(
    JobStateMachine states, JobExecutor executor, JobTypeRegistry types, JobSignal signal, JobServerIdentity identity,
    IJobStorage storage, JobsMetrics metrics, TimeProvider time, IOptions<JobsOptions> options, ILogger<JobProcessor> logger)
{
    private readonly JobsOptions _options = options.Value;
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly Channel<ClaimedJob> _completions = Channel.CreateUnbounded<ClaimedJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly CancellationTokenSource _stopHeartbeat = new();
    // _slots bounds jobs claimed but unfinished (workers + two batches ahead, so each fetcher's claim round trip feeds
    // many short jobs); _workers bounds the jobs running at once.
    private SemaphoreSlim _slots = null!, _workers = null!;
    private Task _fetchLoop = Task.CompletedTask, _completer = Task.CompletedTask, _heartbeat = Task.CompletedTask;
    private DateTime _startedUtc;

    public string Owner => identity.Id;

    private int WorkerCount => Math.Max(1, _options.WorkerCount);

    // Several fetchers overlap claim round trips; SKIP LOCKED keeps them off each other's rows.
    private int FetcherCount => Math.Clamp(WorkerCount / 2, 1, 4);

    public async Task StartAsync(CancellationToken ct)
    {
        await storage.MigrateAsync(ct);
        _slots = new SemaphoreSlim(WorkerCount + FetcherCount * _options.BatchSize);
        _workers = new SemaphoreSlim(WorkerCount);
        _startedUtc = time.GetUtcNow().UtcDateTime;
        await BeatAsync(ct);
        _completer = Task.Run(CompleteLoopAsync, CancellationToken.None);
        _heartbeat = Task.Run(HeartbeatLoopAsync, CancellationToken.None);
        _fetchLoop = Task.WhenAll(Enumerable.Range(0, FetcherCount).Select(_ => Task.Run(FetchLoopAsync, CancellationToken.None)));
        logger.LogInformation("Jobs server {Server} started {Workers} workers on queues {Queues}", Owner, WorkerCount, _options.EffectiveQueues);
    }

    private async Task FetchLoopAsync()
    {
        var stop = _stopClaiming.Token;
        while (!stop.IsCancellationRequested)
        {
            var wake = signal.NextAsync();
            try
            {
                await _slots.WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var free = await GatherSlotsAsync(stop);
            IReadOnlyList<ClaimedJob> jobs = [];
            try
            {
                jobs = await states.ClaimAsync(_options.EffectiveQueues, free, Owner, _options.LeaseDuration, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Claiming jobs failed; retrying after the poll interval");
            }
            if (jobs.Count < free) _slots.Release(free - jobs.Count);
            foreach (var job in jobs) Start(job);
            if (jobs.Count == 0)
                await Task.WhenAny(wake, Task.Delay(_options.PollInterval, stop)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Holds one free slot; takes more up to a batch. While jobs are still running it waits a little for half a batch,
    /// since a claim round trip for one or two jobs at a time caps throughput at a few thousand jobs a second.
    /// When nothing is running it claims at once, so a lone job is picked up without delay.
    /// </summary>
    private async Task<int> GatherSlotsAsync(CancellationToken stop)
    {
        var free = 1;
        var wanted = Math.Max(1, _options.BatchSize / 2);
        var patience = TimeSpan.FromMilliseconds(20);
        while (free < _options.BatchSize)
        {
            if (_slots.Wait(0)) free++;
            else if (free >= wanted || _running.IsEmpty) break;
            else if (await WaitForSlotAsync(patience, stop)) free++;
            else break;
        }
        return free;
    }

    // At shutdown the fetcher claims with what it holds; the claim itself sees the stop and returns nothing.
    private async Task<bool> WaitForSlotAsync(TimeSpan patience, CancellationToken stop)
    {
        try
        {
            return await _slots.WaitAsync(patience, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Start(ClaimedJob job)
    {
        var gate = new TaskCompletionSource();
        _running[job.Id] = gate.Task;
        _ = Task.Run(async () =>
        {
            await _workers.WaitAsync();
            try
            {
                await RunOneAsync(job, success: j => _completions.Writer.TryWrite(j));
            }
            finally
            {
                _workers.Release();
                _running.TryRemove(job.Id, out _);
                _slots.Release();
                gate.TrySetResult();
            }
        });
    }

    /// <summary>Runs one job and requests its transition; success is handed to <paramref name="success"/> (batched or inline).</summary>
    private async Task RunOneAsync(ClaimedJob job, Action<ClaimedJob> success)
    {
        try
        {
            var (outcome, error) = await executor.RunAsync(job, _abort.Token);
            var policy = types.Find(job.Type)?.Retry ?? RetryPolicy.Default;
            var applied = outcome switch
            {
                JobOutcome.Succeeded => Succeed(job, success),
                JobOutcome.TimedOut => await states.FailAsync(job, Owner, policy, error!, "timed out", CancellationToken.None),
                JobOutcome.Failed => await states.FailAsync(job, Owner, policy, error!, "failed", CancellationToken.None),
                JobOutcome.Unrunnable => await states.DeadLetterAsync(job, Owner, "payload cannot be handled", error!, CancellationToken.None),
                _ => await states.ReleaseAsync(job, Owner, "released at shutdown", CancellationToken.None),
            };
            if (!applied) logger.LogWarning("Job {JobId} ({JobType}): lease lost before its {Outcome} was recorded", job.Id, job.Type, outcome);
        }
        catch (Exception e)
        {
            // The lease then expires and the rescuer gives the job back; nothing is lost.
            logger.LogError(e, "Recording the result of job {JobId} ({JobType}) failed", job.Id, job.Type);
        }
    }

    private static bool Succeed(ClaimedJob job, Action<ClaimedJob> success)
    {
        success(job);
        return true;
    }
}
