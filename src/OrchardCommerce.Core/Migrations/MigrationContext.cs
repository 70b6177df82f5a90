using System.Data.Common;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Migrations;

/// <summary>What a migration step works with: the open transaction and the dialect for the few DDL differences.</summary>
public sealed class MigrationContext(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
{
    public DbConnection Connection { get; } = connection;
    public DbTransaction Transaction { get; } = transaction;
    public SqlDialect Dialect { get; } = dialect;

    public Task ExecuteAsync(string sql, object? parameters = null) =>
        Connection.ExecuteAsync(sql, parameters, Transaction);
}
