using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data;

/// <summary>
/// "column is one of @list": Dapper expands a list into (@p1, @p2, …) for SQLite but hands Npgsql one array parameter,
/// which PostgreSQL matches with = ANY(…). (Commerce keeps the same rule internal to itself.)
/// </summary>
internal static class SqlLists
{
    public static string In(this SqlDialect dialect, string column, string parameter) =>
        dialect.IsPostgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";
}
