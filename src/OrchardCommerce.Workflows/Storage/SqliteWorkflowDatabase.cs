using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace OrchardCommerce.Workflows.Storage;

/// <summary>
/// SQLite in WAL mode: readers never block the writer, and with synchronous=FULL (the default) a commit is on
/// disk before the engine acknowledges it.
/// </summary>
internal sealed class SqliteWorkflowDatabase(string connectionString) : WorkflowDatabase
{
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL");
    }
}
