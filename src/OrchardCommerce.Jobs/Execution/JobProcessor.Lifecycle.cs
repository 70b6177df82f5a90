using Microsoft.Extensions.Logging;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Execution;

/// <summary>Batched completion, heartbeats, graceful shutdown, and a synchronous pass for tests.</summary>
internal sealed partial class JobProcessor
{
    private async Task CompleteLoopAsync()
    {
        var reader = _completions.Reader;
        var batch = new List<ClaimedJob>(1000);
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < 1000 && reader.TryRead(out var job)) batch.Add(job);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await states.SucceedAsync(batch.Select(j => (j.Id, j.Attempt)).ToList(), Owner, CancellationToken.None);
                    break;
                }
                catch (Exception e) when (attempt < 5)
                {
                    logger.LogWarning(e, "Completing {Count} jobs failed (attempt {Attempt}); retrying", batch.Count, attempt);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Completing {Count} jobs failed; their leases will expire and they will run again", batch.Count);
                    break;
                }
            }
            batch.Clear();
        }
    }

    private async Task HeartbeatLoopAsync()
    {
        while (!_stopHeartbeat.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.HeartbeatInterval, _stopHeartbeat.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await BeatAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Jobs heartbeat failed");
            }
        }
    }

    private async Task BeatAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await storage.ExtendLeasesAsync(Owner, now + _options.LeaseDuration, ct);
        await storage.HeartbeatServerAsync(new ServerInfo(Owner, Environment.MachineName, WorkerCount, _options.EffectiveQueues, _startedUtc, now), ct);
        metrics.SetQueueDepths(await storage.GetQueueDepthsAsync(ct));
    }

    /// <summary>Stop claiming, let in-flight jobs finish for up to ShutdownTimeout, then cancel and release the rest.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        _stopClaiming.Cancel();
        await _fetchLoop;
        var running = Task.WhenAll(_running.Values);
        if (await Task.WhenAny(running, Task.Delay(_options.ShutdownTimeout, ct)) != running)
        {
            logger.LogWarning("{Count} jobs still running after {Timeout}; releasing them", _running.Count, _options.ShutdownTimeout);
            _abort.Cancel();
            await Task.WhenAll(_running.Values);
        }
        _completions.Writer.TryComplete();
        await _completer;
        _stopHeartbeat.Cancel();
        await _heartbeat;
        try
        {
            await storage.RemoveServerAsync(Owner, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Removing jobs server {Server} failed", Owner);
        }
        logger.LogInformation("Jobs server {Server} stopped", Owner);
    }

    /// <summary>Claims what is due now, runs it to the end and records the results; for tests that drive time by hand.</summary>
    internal async Task<int> ProcessDueAsync(CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        var jobs = await states.ClaimAsync(_options.EffectiveQueues, Math.Max(1, _options.WorkerCount), Owner, _options.LeaseDuration, ct);
        var succeeded = new System.Collections.Concurrent.ConcurrentBag<ClaimedJob>();
        await Task.WhenAll(jobs.Select(job => Task.Run(() => RunOneAsync(job, succeeded.Add), ct)));
        if (!succeeded.IsEmpty) await states.SucceedAsync(succeeded.Select(j => (j.Id, j.Attempt)).ToList(), Owner, ct);
        return jobs.Count;
    }

    /// <summary>Extends this process's leases now (the heartbeat does it every HeartbeatInterval).</summary>
    internal Task BeatNowAsync(CancellationToken ct = default) => BeatAsync(ct);
}
