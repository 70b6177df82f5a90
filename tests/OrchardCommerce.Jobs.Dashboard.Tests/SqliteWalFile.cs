using Microsoft.Data.Sqlite;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>
/// Creates the jobs database file in WAL mode before the engine opens it. Works around the engine's first migration
/// on a fresh file, which switches journal_mode from a second connection while its own BEGIN IMMEDIATE holds the
/// lock ("database is locked"); remove once the engine sets WAL before it begins that transaction.
/// </summary>
public static class SqliteWalFile
{
    public static void Create(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        command.ExecuteNonQuery();
    }
}
