using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Sync.Reconciliation;

/// <summary>The tenant's reconciliation reports, newest first; old ones beyond <see cref="Kept"/> are trimmed on write.</summary>
public sealed class ReconciliationStore(DbSession session)
{
    public const int Kept = 500;

    public async Task<long> AddAsync(DateTime startedUtc, DateTime finishedUtc, string trigger, long @checked, JsonArray drift,
        CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var id = await work.Connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO sync_reconciliations (started_utc, finished_utc, trigger_name, checked, drifted, report)
            VALUES (@startedUtc, @finishedUtc, @trigger, @checked, @drifted, @report) RETURNING id
            """, new { startedUtc, finishedUtc, trigger, @checked, drifted = (long)drift.Count, report = drift.ToJsonString() },
            work.Transaction, cancellationToken: cancellationToken));
        await work.Connection.ExecuteAsync(new CommandDefinition($"DELETE FROM sync_reconciliations WHERE id <= @oldest",
            new { oldest = id - Kept }, work.Transaction, cancellationToken: cancellationToken));
        await work.CompleteAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<ReconciliationReport>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, DateTime Started, DateTime Finished, string Trigger, long Checked, long Drifted, string Report)>(
            new CommandDefinition("""
                SELECT id, started_utc, finished_utc, trigger_name, checked, drifted, report FROM sync_reconciliations ORDER BY id DESC LIMIT @limit
                """, new { limit }, session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(r => new ReconciliationReport(r.Id, DateTime.SpecifyKind(r.Started, DateTimeKind.Utc), DateTime.SpecifyKind(r.Finished, DateTimeKind.Utc),
            r.Trigger, r.Checked, r.Drifted, JsonNode.Parse(r.Report)!)).ToList();
    }
}
