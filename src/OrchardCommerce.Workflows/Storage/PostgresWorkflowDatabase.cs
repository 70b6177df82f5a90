using System.Data.Common;
using Dapper;
using Npgsql;

namespace OrchardCommerce.Workflows.Storage;

/// <summary>PostgreSQL: the wf_ tables live in their own schema, reached through the connection's search path.</summary>
internal sealed class PostgresWorkflowDatabase : WorkflowDatabase
{
    private readonly string _schema;
    private readonly NpgsqlDataSource _dataSource;

    public PostgresWorkflowDatabase(string connectionString, string schema)
    {
        _schema = schema;
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS \"{_schema.Replace("\"", "\"\"")}\"");
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
