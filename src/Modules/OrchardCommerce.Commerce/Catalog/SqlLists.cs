using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// "column is one of @list": Dapper expands a list into (@p1, @p2, …) for SQLite but hands Npgsql one array
/// parameter, which PostgreSQL matches with = ANY(…).
/// </summary>
internal static class SqlLists
{
    public static string In(this DbSession session, string column, string parameter) =>
        session.Dialect.IsPostgres ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";
}
