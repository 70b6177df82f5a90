using System.Globalization;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// Values between callers, cursors and SQL parameters, per kind. Numbers go to SQLite as REAL (Microsoft.Data.Sqlite
/// would send a decimal as TEXT, which never equals a number) and to PostgreSQL as numeric.
/// </summary>
internal static class ContentValues
{
    private const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    public static object? ToParameter(ContentValueKind kind, object? value, SqlDialect dialect, string argument)
    {
        if (value is null) return null;
        object? parameter = kind switch
        {
            ContentValueKind.Number => ToDecimal(value) is { } number ? Number(number, dialect) : null,
            ContentValueKind.Boolean => value is bool flag ? (flag ? "true" : "false") : null,
            ContentValueKind.Instant => ToInstant(value),
            ContentValueKind.Date => value is string text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
                ? text : value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            _ => value as string,
        };
        return parameter ?? throw new StorefrontQueryException(argument, $"'{value}' is not a valid {Describe(kind)}.");
    }

    /// <summary>A sort value as read from the database, as the cursor keeps it.</summary>
    public static JsonNode? ToCursor(ContentValueKind kind, object? value) => value switch
    {
        null or DBNull => null,
        _ when kind == ContentValueKind.Number => JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        _ when kind == ContentValueKind.Instant => JsonValue.Create(ToInstant(value)!.Value.ToString("O", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>A cursor's sort value as a parameter; the cursor's own kind was checked against the order before.</summary>
    public static object? FromCursor(ContentValueKind kind, JsonNode? value, SqlDialect dialect) => value switch
    {
        null => null,
        _ when kind == ContentValueKind.Number => Number(value.GetValue<decimal>(), dialect),
        _ when kind == ContentValueKind.Instant => ToInstant(value.GetValue<string>()),
        _ => value.GetValue<string>(),
    };

    private static object Number(decimal value, SqlDialect dialect) => dialect.IsPostgres ? value : (double)value;

    private static decimal? ToDecimal(object value) => value switch
    {
        decimal or int or long or short or byte or uint or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        // Beyond decimal's range no stored number could compare equal anyway; reject rather than overflow.
        double d when Math.Abs(d) < 7.9e28 => (decimal)d,
        float f when Math.Abs(f) < 7.9e28f => (decimal)f,
        _ => null,
    };

    private static DateTime? ToInstant(object value) => value switch
    {
        DateTime d => d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime(),
        DateTimeOffset o => o.UtcDateTime,
        string s when DateTime.TryParse(s, CultureInfo.InvariantCulture, Utc, out var parsed) => DateTime.SpecifyKind(parsed, DateTimeKind.Utc),
        _ => null,
    };

    private static string Describe(ContentValueKind kind) => kind switch
    {
        ContentValueKind.Number => "number",
        ContentValueKind.Boolean => "boolean",
        ContentValueKind.Date => "date (ISO 8601 text)",
        ContentValueKind.Instant => "date and time",
        _ => "string",
    };
}
