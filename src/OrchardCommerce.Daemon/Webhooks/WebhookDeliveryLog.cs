using Dapper;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// The delivery log, a table of the daemon's own in the jobs database (beside the delivery jobs, on SQLite or
/// PostgreSQL): every attempt with its status code or error and duration. A delivery is a job id; its latest row is
/// its current status. Times are Unix milliseconds, as in the engine's tables.
/// </summary>
public sealed class WebhookDeliveryLog(IJobsDatabase database)
{
    public const string Owner = "daemon.webhooks";

    private static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE webhook_deliveries (
            id {Id}, tenant TEXT NOT NULL, subscription_id TEXT NOT NULL, url TEXT NOT NULL, event_id TEXT NOT NULL,
            event_type TEXT NOT NULL, job_id BIGINT NOT NULL, attempt INTEGER NOT NULL, redelivery_of BIGINT NULL,
            outcome TEXT NOT NULL, status_code INTEGER NULL, error TEXT NULL, duration_ms BIGINT NOT NULL, at_utc BIGINT NOT NULL,
            event_json TEXT NOT NULL);
        CREATE INDEX ix_webhook_deliveries_job ON webhook_deliveries (job_id, id);
        CREATE INDEX ix_webhook_deliveries_tenant ON webhook_deliveries (tenant, id);
        """,
    ];

    private const string Columns = """
        id AS Id, tenant AS Tenant, subscription_id AS SubscriptionId, url AS Url, event_id AS EventId, event_type AS EventType,
        job_id AS JobId, attempt AS Attempt, redelivery_of AS RedeliveryOf, outcome AS Outcome, status_code AS StatusCode, error AS Error,
        duration_ms AS DurationMs, at_utc AS AtUtc, event_json AS EventJson
        """;

    public async Task<long> RecordAsync(WebhookDeliveryAttempt attempt, CancellationToken ct = default)
    {
        await database.MigrateAsync(Owner, Steps, ct);
        using var turn = await database.EnterWriteAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO webhook_deliveries (tenant, subscription_id, url, event_id, event_type, job_id, attempt, redelivery_of, outcome,
                status_code, error, duration_ms, at_utc, event_json)
            VALUES (@Tenant, @SubscriptionId, @Url, @EventId, @EventType, @JobId, @Attempt, @RedeliveryOf, @Outcome,
                @StatusCode, @Error, @DurationMs, @at, @EventJson)
            RETURNING id
            """, new
        {
            attempt.Tenant, attempt.SubscriptionId, attempt.Url, attempt.EventId, attempt.EventType, attempt.JobId, attempt.Attempt,
            attempt.RedeliveryOf, attempt.Outcome, attempt.StatusCode, attempt.Error, attempt.DurationMs,
            at = new DateTimeOffset(DateTime.SpecifyKind(attempt.AtUtc, DateTimeKind.Utc)).ToUnixTimeMilliseconds(), attempt.EventJson,
        });
    }

    /// <summary>Deliveries (each job's latest attempt), newest first, optionally of one tenant and with one outcome.</summary>
    public async Task<(IReadOnlyList<WebhookDeliveryAttempt> Items, long Total)> ListAsync(string? tenant, string? outcome, int page, int pageSize,
        CancellationToken ct = default)
    {
        var where = "id IN (SELECT max(id) FROM webhook_deliveries GROUP BY job_id)";
        if (tenant is not null) where += " AND tenant = @tenant";
        if (outcome is not null) where += " AND outcome = @outcome";
        var parameters = new { tenant, outcome, limit = pageSize, offset = (Math.Max(page, 1) - 1) * pageSize };
        await using var connection = await OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM webhook_deliveries WHERE {where}", parameters);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM webhook_deliveries WHERE {where} ORDER BY id DESC LIMIT @limit OFFSET @offset",
            parameters);
        return (rows.Select(row => row.ToAttempt()).ToList(), total);
    }

    /// <summary>Every attempt of one delivery job, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookDeliveryAttempt>> AttemptsAsync(long jobId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM webhook_deliveries WHERE job_id = @jobId ORDER BY id", new { jobId });
        return rows.Select(row => row.ToAttempt()).ToList();
    }

    /// <summary>Deletes up to <paramref name="limit"/> attempts made before <paramref name="cutoffUtc"/>, oldest first; returns how many.</summary>
    public async Task<int> PruneAsync(DateTime cutoffUtc, int limit, CancellationToken ct = default)
    {
        await database.MigrateAsync(Owner, Steps, ct);
        using var turn = await database.EnterWriteAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "DELETE FROM webhook_deliveries WHERE id IN (SELECT id FROM webhook_deliveries WHERE at_utc < @cutoff ORDER BY id LIMIT @limit)",
            new { cutoff = new DateTimeOffset(DateTime.SpecifyKind(cutoffUtc, DateTimeKind.Utc)).ToUnixTimeMilliseconds(), limit });
    }

    /// <summary>The tenants that have deliveries, for the dashboard's filter.</summary>
    public async Task<IReadOnlyList<string>> TenantsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return (await connection.QueryAsync<string>("SELECT DISTINCT tenant FROM webhook_deliveries ORDER BY tenant")).ToList();
    }

    private async Task<System.Data.Common.DbConnection> OpenAsync(CancellationToken ct)
    {
        await database.MigrateAsync(Owner, Steps, ct);
        return await database.OpenAsync(ct);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Tenant { get; init; } = "";
        public string SubscriptionId { get; init; } = "";
        public string Url { get; init; } = "";
        public string EventId { get; init; } = "";
        public string EventType { get; init; } = "";
        public long JobId { get; init; }
        public long Attempt { get; init; }
        public long? RedeliveryOf { get; init; }
        public string Outcome { get; init; } = "";
        public long? StatusCode { get; init; }
        public string? Error { get; init; }
        public long DurationMs { get; init; }
        public long AtUtc { get; init; }
        public string EventJson { get; init; } = "";

        public WebhookDeliveryAttempt ToAttempt() => new(Id, Tenant, SubscriptionId, Url, EventId, EventType, JobId, (int)Attempt, RedeliveryOf,
            Outcome, (int?)StatusCode, Error, DurationMs, DateTimeOffset.FromUnixTimeMilliseconds(AtUtc).UtcDateTime, EventJson);
    }
}
