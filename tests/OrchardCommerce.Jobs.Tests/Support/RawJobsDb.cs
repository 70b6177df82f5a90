using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OrchardCommerce.Jobs.Tests.Support;

/// <summary>A plain connection to a test store's tables, for writing rows as older versions did and counting what is stored.</summary>
public static class RawJobsDb
{
    public static async Task<DbConnection> OpenAsync(Action<JobsOptions> store)
    {
        var options = new JobsOptions();
        store(options);
        DbConnection connection = options.Provider == JobsStorageProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { SearchPath = options.Schema }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(options.SqlitePath) }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
