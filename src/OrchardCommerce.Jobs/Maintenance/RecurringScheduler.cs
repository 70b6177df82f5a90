using Microsoft.Extensions.Logging;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Maintenance;

/// <summary>
/// Enqueues due recurring runs exactly once across processes: the run's job carries the idempotency key
/// "recurring:{id}:{due}", so a second process (or a restart between the two steps) gets the same job back, and the
/// conditional update on next_run_utc lets one process advance the schedule. Missed runs (downtime) coalesce into one:
/// the next run is computed from now, not from the missed time.
/// </summary>
internal sealed class RecurringScheduler(IJobStorage storage, JobStateMachine states, ILogger<RecurringScheduler> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var now = states.UtcNow;
        var enqueued = 0;
        foreach (var row in await storage.GetDueRecurringAsync(now, ct))
        {
            var due = row.NextRunUtc!.Value;
            DateTime? next;
            try
            {
                next = CronSchedule.Parse(row.Cron, row.TimeZone).NextAfter(now);
            }
            catch (JobValidationException e)
            {
                logger.LogError(e, "Recurring job {RecurringId} has an invalid schedule; it is paused", row.Id);
                next = null;
            }
            var key = $"recurring:{row.Id}:{UnixMs.From(due)}";
            var jobId = (await states.CreateAsync(
                [new NewJob(row.Type, row.Queue, row.PayloadJson, key, JobState.Enqueued, now, null, now, $"recurring job {row.Id} due {due:O}")], ct))[0];
            if (await storage.AdvanceRecurringAsync(row.Id, due, next, now, jobId, ct)) enqueued++;
        }
        return enqueued;
    }
}
