using Dapper;

namespace OrchardCommerce.Jobs.Storage;

internal abstract partial class SqlJobStorage
{
    public async Task<long> GetCursorAsync(string feed, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>("SELECT position FROM feed_cursors WHERE feed = @feed", new { feed }) ?? 0;
    }

    public async Task SaveCursorAsync(string feed, long position, DateTime nowUtc, CancellationToken ct)
    {
        await using var turn = await BeginTurnAsync(ct);
        var connection = turn.Connection;
        await connection.ExecuteAsync("""
            INSERT INTO feed_cursors (feed, position, updated_utc) VALUES (@feed, @position, @now)
            ON CONFLICT (feed) DO UPDATE SET position = excluded.position, updated_utc = excluded.updated_utc
            WHERE feed_cursors.position < excluded.position
            """, new { feed, position, now = UnixMs.From(nowUtc) });
    }
}
