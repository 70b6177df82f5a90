using System.Text.RegularExpressions;
using OrchardCommerce.Data;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// Reads a value out of content_items.data (Orchard-shaped JSON kept as text) in each provider's JSON functions. Part and
/// field names are written into the SQL, so only plain identifiers are accepted; every value travels as a parameter.
/// </summary>
internal static partial class ContentJsonSql
{
    public static bool IsPlainName(string name) => PlainName().IsMatch(name);

    /// <summary>The value at part.field.key as text (numbers and booleans as their JSON text), NULL when missing.</summary>
    public static string Text(SqlDialect dialect, string part, string field, string key) => dialect.IsPostgres
        ? $"(content_items.data::jsonb #>> '{{{part},{field},{key}}}')"
        : $"json_extract(content_items.data, '$.\"{part}\".\"{field}\".\"{key}\"')";

    /// <summary>The JSON type at part.field.key: SQLite says true/false/integer/real/text, PostgreSQL boolean/number/string.</summary>
    public static string Type(SqlDialect dialect, string part, string field, string key) => dialect.IsPostgres
        ? $"jsonb_typeof(content_items.data::jsonb #> '{{{part},{field},{key}}}')"
        : $"json_type(content_items.data, '$.\"{part}\".\"{field}\".\"{key}\"')";

    /// <summary>
    /// A number, whether stored as a JSON number or as text ("12.5", which NumericField accepts); NULL when missing.
    /// PostgreSQL casts only what looks like a number, so a stray value cannot fail the whole query.
    /// </summary>
    public static string Number(SqlDialect dialect, string part, string field, string key)
    {
        var text = Text(dialect, part, field, key);
        return dialect.IsPostgres
            ? $"(CASE WHEN {text} ~ '^\\s*-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?\\s*$' THEN CAST({text} AS NUMERIC) END)"
            : $"CAST({text} AS NUMERIC)";
    }

    /// <summary>'true' or 'false' for a JSON boolean, NULL for anything else.</summary>
    public static string Boolean(SqlDialect dialect, string part, string field, string key)
    {
        var type = Type(dialect, part, field, key);
        return dialect.IsPostgres
            ? $"(CASE WHEN {type} = 'boolean' THEN {Text(dialect, part, field, key)} END)"
            : $"(CASE WHEN {type} IN ('true', 'false') THEN {type} END)";
    }

    /// <summary>True when the JSON array at part.field.key holds the text parameter <paramref name="parameter"/>.</summary>
    public static string ArrayContains(SqlDialect dialect, string part, string field, string key, string parameter) => dialect.IsPostgres
        ? $"((content_items.data::jsonb #> '{{{part},{field},{key}}}') @> jsonb_build_array(CAST(@{parameter} AS TEXT)))"
        : $"EXISTS (SELECT 1 FROM json_each(content_items.data, '$.\"{part}\".\"{field}\".\"{key}\"') AS picked WHERE picked.value = @{parameter})";

    /// <summary>Text in code-point order on both providers (SQLite's BINARY; PostgreSQL's "C", not the database locale).</summary>
    public static string Ordinal(SqlDialect dialect, string expression) =>
        dialect.IsPostgres ? $"({expression} COLLATE \"C\")" : expression;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainName();
}
