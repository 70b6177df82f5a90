using System.Data.Common;

namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// A job's history is job_history plus the records its row holds (JobsSchema step 4): first the creation (created_state,
/// created_reason at created_utc), last the running claim (claimed_utc by lease_owner) or the successful attempt's claim
/// and completion (claimed_utc, state_changed_utc by finished_by). Every transition that would overwrite the last ones
/// writes them out first, so they are always the newest records and the history reads the same as if each had been
/// inserted when it happened.
/// </summary>
internal abstract partial class SqlJobStorage
{
    private const long Last = long.MaxValue;

    /// <summary>One statement, so a transition in between cannot show a record twice or not at all.</summary>
    private static readonly string HistorySql =
        $"""
        SELECT state, at_utc, reason, worker, exception FROM (
            SELECT created_state AS state, created_utc AS at_utc, created_reason AS reason, NULL AS worker, NULL AS exception, -1 AS seq
            FROM jobs WHERE id = @id AND created_state IS NOT NULL
            UNION ALL
            SELECT state, at_utc, reason, worker, exception, id FROM job_history WHERE job_id = @id
            UNION ALL
            SELECT 'Processing', claimed_utc, 'claimed', COALESCE(lease_owner, finished_by), NULL, {Last - 1} FROM jobs
            WHERE id = @id AND claimed_utc IS NOT NULL AND (state = 'Processing' OR (state = 'Succeeded' AND finished_by IS NOT NULL))
            UNION ALL
            SELECT 'Succeeded', state_changed_utc, 'succeeded', finished_by, NULL, {Last} FROM jobs
            WHERE id = @id AND state = 'Succeeded' AND finished_by IS NOT NULL) h
        ORDER BY seq
        """;

    /// <summary>Writes out the row-held records of the claim (and completion) the coming change overwrites.</summary>
    private static async Task MaterializeHappyPathAsync(DbConnection connection, DbTransaction transaction, long jobId, PriorRow prior)
    {
        var worker = prior.State switch
        {
            nameof(JobState.Processing) => prior.Owner,
            nameof(JobState.Succeeded) => prior.FinishedBy,
            _ => null,
        };
        // Jobs claimed before step 2 (claimed_utc NULL) or finished before step 4 (finished_by NULL) have these rows already.
        if (worker is null) return;
        if (prior.ClaimedUtc is { } claimedAt)
            await AppendHistoryAsync(connection, transaction, jobId, JobState.Processing, claimedAt, "claimed", worker, null);
        if (prior.State == nameof(JobState.Succeeded))
            await AppendHistoryAsync(connection, transaction, jobId, JobState.Succeeded, prior.ChangedUtc, "succeeded", worker, null);
    }

    private sealed class PriorRow
    {
        public string State { get; set; } = "";
        public string? Owner { get; set; }
        public long? ClaimedUtc { get; set; }
        public string? FinishedBy { get; set; }
        public long ChangedUtc { get; set; }
    }
}
