using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Services;

/// <summary>
/// A number that changes whenever any content item of the tenant changes, so cached published content can be
/// checked for staleness without reading it again. SQLite: one process owns the file, so an in-memory counter
/// bumped after each commit is exact. PostgreSQL: Cms.Web replicas share the schema, so the counter lives in the
/// database and is bumped inside the writing transaction.
/// </summary>
public sealed class ContentGeneration(TenantDatabase database)
{
    private long _local;

    public async ValueTask<long> CurrentAsync(DbSession session, CancellationToken cancellationToken)
    {
        if (!database.Dialect.IsPostgres) return Volatile.Read(ref _local);
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT value FROM content_generation WHERE id = 1", transaction: session.Transaction);
    }

    /// <summary>Call inside the work that changes content.</summary>
    public async Task BumpAsync(DbSession session, DbWork work)
    {
        if (database.Dialect.IsPostgres)
            await work.Connection.ExecuteAsync("UPDATE content_generation SET value = value + 1 WHERE id = 1", transaction: work.Transaction);
        else
            session.OnCommitted(() => Interlocked.Increment(ref _local));
    }
}
