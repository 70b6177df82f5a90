using Dapper;
using OrchardCommerce.Data;
using static OrchardCommerce.GraphQL.Api.Data.Content.ContentFilterOperator;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>The WHERE conditions, keyset and ORDER BY of one content query, with their parameters.</summary>
internal sealed class ContentSqlBuilder(SqlDialect dialect)
{
    private const string Id = "content_items.content_item_id";
    private int _next;

    public DynamicParameters Parameters { get; } = new();

    public string Add(object? value)
    {
        var name = "p" + _next++;
        Parameters.Add(name, value);
        return name;
    }

    public string Filter(ResolvedProperty property, ContentFilter filter, string argument)
    {
        var (kind, op) = (property.Kind, filter.Operator);
        if (!ContentValueKinds.Allows(kind, op))
            throw new StorefrontQueryException(argument, $"{property.Property} cannot be filtered with '{op}'.");
        if (op == In) return InList(property, filter.Values, argument);
        if (filter.Values.Count != 1)
            throw new StorefrontQueryException(argument, $"'{op}' on {property.Property} takes exactly one value.");
        var value = filter.Values[0];
        if (value is null)
            return op == Eq ? $"{property.Expression} IS NULL"
                : throw new StorefrontQueryException(argument, $"'{op}' on {property.Property} needs a value.");
        if (op == Contains && property.Contains is { } picked)
            return picked(Add(ContentValues.ToParameter(kind, value, dialect, argument)));
        if (op == Contains)
        {
            var text = ContentValues.ToParameter(kind, value, dialect, argument) as string;
            return $"lower({property.Expression}) LIKE @{Add("%" + EscapeLike(AsciiLower(text!)) + "%")} ESCAPE '\\'";
        }
        var symbol = op switch { Eq => "=", Gt => ">", Gte => ">=", Lt => "<", _ => "<=" };
        return $"{property.Expression} {symbol} @{Add(ContentValues.ToParameter(kind, value, dialect, argument))}";
    }

    /// <summary>The items after the cursor (value, id) in the order <see cref="OrderBy"/> gives; see <see cref="ContentOrder"/>.</summary>
    public string After(ResolvedProperty order, bool descending, object? value, string id)
    {
        var (e, sid) = (order.Expression!, "@" + Add(id));
        var idColumn = ContentJsonSql.Ordinal(dialect, Id);
        if (value is null)
            return descending ? $"({e} IS NULL AND {idColumn} < {sid})" : $"(({e} IS NULL AND {idColumn} > {sid}) OR {e} IS NOT NULL)";
        var sv = "@" + Add(value);
        return descending
            ? $"({e} < {sv} OR ({e} = {sv} AND {idColumn} < {sid}) OR {e} IS NULL)"
            : $"({e} > {sv} OR ({e} = {sv} AND {idColumn} > {sid}))";
    }

    public string OrderBy(ResolvedProperty order, bool descending)
    {
        var idColumn = ContentJsonSql.Ordinal(dialect, Id);
        return descending ? $"{order.Expression} DESC NULLS LAST, {idColumn} DESC" : $"{order.Expression} ASC NULLS FIRST, {idColumn} ASC";
    }

    private string InList(ResolvedProperty property, IReadOnlyList<object?> values, string argument)
    {
        if (values.Count is 0 or > ContentQuery.MaxInValues)
            throw new StorefrontQueryException(argument, $"'In' on {property.Property} takes 1 to {ContentQuery.MaxInValues} values.");
        var parameters = values.Select(v => ContentValues.ToParameter(property.Kind, v, dialect, argument)
            ?? throw new StorefrontQueryException(argument, $"'In' on {property.Property} cannot hold null.")).ToList();
        // Picked ids have no value expression; their kind allows only Contains, so this guard is for safety.
        var expression = property.Expression
            ?? throw new StorefrontQueryException(argument, $"'In' is not supported on {property.Property}.");
        if (!dialect.IsPostgres) return dialect.In(expression, Add(parameters));
        // Npgsql needs a typed array to compare element by element.
        object array = property.Kind switch
        {
            ContentValueKind.Number => parameters.Cast<decimal>().ToArray(),
            ContentValueKind.Instant => parameters.Cast<DateTime>().ToArray(),
            _ => parameters.Cast<string>().ToArray(),
        };
        return dialect.In(expression, Add(array));
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    // SQLite's lower() folds A–Z only; folding the pattern the same way keeps both providers' answers equal.
    private static string AsciiLower(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
    });
}
