using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements a block of code makes the database run, as the drivers see them: on SQLite, the trace
/// hook of the session's connection (called as each statement starts, so a batch of seven counts seven); on
/// PostgreSQL, Npgsql's activity for each command sent, counted only under this counter's own root activity, so other
/// tests running at the same time do not add to it. Start it in the test method itself (the root is an async local).
/// </summary>
public sealed class CommandCounter : IDisposable
{
    private static readonly ActivitySource Root = new("OrchardCommerce.GraphQL.Api.Tests.CommandCounter");
    private readonly SqliteConnection? _sqlite;
    private readonly ActivityListener? _listener;
    private readonly Activity? _root;
    private int _count;

    private CommandCounter(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            _sqlite = sqlite;
            raw.sqlite3_trace(sqlite.Handle, (strdelegate_trace)((_, _) => Interlocked.Increment(ref _count)), null);
            return;
        }
        // Touch the root source first: created lazily inside AddActivityListener's own walk of the sources, it would miss
        // this listener, and the first count would see no root.
        var root = Root;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source == root || source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && _root is not null && activity.TraceId == _root.TraceId && IsCommand(activity))
                    Interlocked.Increment(ref _count);
            },
        };
        ActivitySource.AddActivityListener(_listener);
        _root = root.StartActivity("count-commands") ?? throw new InvalidOperationException("The counter's root activity did not start.");
    }

    /// <summary>Starts counting what runs on <paramref name="connection"/> (the scope's open session connection).</summary>
    public static CommandCounter Start(DbConnection connection) => new(connection);

    public int Count => Volatile.Read(ref _count);

    // Npgsql also traces opening a physical connection; only commands carry their SQL text.
    private static bool IsCommand(Activity activity) =>
        activity.GetTagItem("db.query.text") is not null || activity.GetTagItem("db.statement") is not null;

    public void Dispose()
    {
        if (_sqlite is not null) raw.sqlite3_trace(_sqlite.Handle, (strdelegate_trace?)null, null);
        _root?.Stop();
        _listener?.Dispose();
    }
}
