namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// The numbered migrations of the jobs tables, applied at start by both drivers. {Id} is the dialect's identity key
/// (the only DDL difference); times are bigint milliseconds (see <see cref="UnixMs"/>).
/// </summary>
internal static class JobsSchema
{
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE jobs (
            id {Id}, type TEXT NOT NULL, queue TEXT NOT NULL, state TEXT NOT NULL, payload TEXT NOT NULL,
            idempotency_key TEXT NULL, attempt INTEGER NOT NULL DEFAULT 0, run_at_utc BIGINT NULL,
            lease_owner TEXT NULL, lease_until_utc BIGINT NULL, parent_job_id BIGINT NULL,
            created_utc BIGINT NOT NULL, state_changed_utc BIGINT NOT NULL, last_error TEXT NULL);
        CREATE UNIQUE INDEX ux_jobs_idempotency_key ON jobs (idempotency_key) WHERE idempotency_key IS NOT NULL;
        CREATE INDEX ix_jobs_due ON jobs (queue, run_at_utc, id) WHERE state IN ('Enqueued', 'Scheduled', 'Failed');
        CREATE INDEX ix_jobs_lease ON jobs (lease_until_utc) WHERE state = 'Processing';
        CREATE INDEX ix_jobs_state ON jobs (state, id);
        CREATE INDEX ix_jobs_parent ON jobs (parent_job_id) WHERE parent_job_id IS NOT NULL;
        CREATE TABLE job_history (
            id {Id}, job_id BIGINT NOT NULL, state TEXT NOT NULL, at_utc BIGINT NOT NULL,
            reason TEXT NULL, worker TEXT NULL, exception TEXT NULL);
        CREATE INDEX ix_job_history_job ON job_history (job_id);
        CREATE TABLE recurring_jobs (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, cron TEXT NOT NULL, time_zone TEXT NOT NULL, queue TEXT NOT NULL,
            payload TEXT NOT NULL, next_run_utc BIGINT NULL, last_run_utc BIGINT NULL, last_job_id BIGINT NULL);
        CREATE TABLE servers (
            id TEXT PRIMARY KEY, host TEXT NOT NULL, worker_count INTEGER NOT NULL, queues TEXT NOT NULL,
            started_utc BIGINT NOT NULL, heartbeat_utc BIGINT NOT NULL);
        CREATE TABLE job_stats_minute (
            minute_utc BIGINT PRIMARY KEY, succeeded BIGINT NOT NULL DEFAULT 0, failed BIGINT NOT NULL DEFAULT 0);
        """,
        // The claim writes no history: its Processing row (at claimed_utc, by lease_owner) is appended with the next
        // transition's row. Jobs claimed before this step have claimed_utc NULL and already have their Processing row.
        "ALTER TABLE jobs ADD COLUMN claimed_utc BIGINT NULL;",
        // ix_jobs_state indexed every row and took a new entry on every state change. The dashboard's lists now use
        // ix_jobs_due (Enqueued, Scheduled), ix_jobs_lease (Processing), the primary key backwards (Succeeded, the bulk)
        // and this partial index for the rare states.
        """
        DROP INDEX ix_jobs_state;
        CREATE INDEX ix_jobs_rare ON jobs (state, id) WHERE state IN ('Failed', 'DeadLettered', 'Deleted');
        """,
        // The row records the happy path itself: its first history record (created_state, created_reason at created_utc)
        // and, once Succeeded, the claim and completion by finished_by (at claimed_utc and state_changed_utc). job_history
        // only holds what the row cannot; a transition off the happy path first writes out what it would overwrite.
        // Rows from before this step have NULL here and all their records in job_history.
        """
        ALTER TABLE jobs ADD COLUMN created_state TEXT NULL;
        ALTER TABLE jobs ADD COLUMN created_reason TEXT NULL;
        ALTER TABLE jobs ADD COLUMN finished_by TEXT NULL;
        """,
        // Where each followed feed (a tenant's change feed, read by the daemon) has been enqueued up to; stored with
        // the jobs it produced, so a restarted daemon resumes there. Jobs carry the event id as idempotency key, so a
        // cursor saved a little late only re-reads events whose jobs already exist.
        "CREATE TABLE feed_cursors (feed TEXT PRIMARY KEY, position BIGINT NOT NULL, updated_utc BIGINT NOT NULL);",
        // The continuation sweep runs every second. Without an index of its own SQLite walked every job in id order
        // (ix_jobs_parent does not give the order), so the sweep's cost grew with the jobs kept; this index holds only
        // the continuations still waiting.
        "CREATE INDEX ix_jobs_waiting_continuations ON jobs (id) WHERE parent_job_id IS NOT NULL AND state = 'Scheduled' AND run_at_utc IS NULL;",
        // The retention sweep (once a minute, in the write turn) found expired jobs by walking every kept job in id
        // order, so with nothing yet expired it read the whole retention window each time. Finished jobs by when they
        // finished, as Hangfire's ExpireAt index: the sweep reads only what it deletes. The id makes the order total, so
        // the sweep's two deletes (history, then jobs) pick the same jobs when many finished in the same millisecond.
        "CREATE INDEX ix_jobs_finished ON jobs (state_changed_utc, id) WHERE state IN ('Succeeded', 'Deleted');",
    ];

    /// <summary>SQL for "state IN (...)": states are enum names, never user input, so they are inlined as literals.</summary>
    public static string InList(IEnumerable<JobState> states) => "(" + string.Join(", ", states.Select(s => $"'{s}'")) + ")";
}
