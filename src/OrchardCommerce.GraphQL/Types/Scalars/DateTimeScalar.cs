using System.Globalization;
using System.Text.RegularExpressions;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types.Scalars;

/// <summary>
/// DateTime: an instant as ISO-8601 text with an explicit offset (RFC 3339). Input without an offset is refused —
/// a local time means a different instant on every server; output is always UTC with seven fraction digits.
/// Internal values are DateTimeOffset (a DateTime is read as UTC unless it says it is local).
/// </summary>
internal static partial class DateTimeScalar
{
    public static ScalarType Create() => new(
        "DateTime",
        "A date and time with an offset, as ISO-8601 text (e.g. `2024-05-01T12:00:00Z`); always returned in UTC.",
        Serialize, ParseValue, ParseLiteral)
    {
        SpecifiedByUrl = "https://datatracker.ietf.org/doc/html/rfc3339",
    };

    private static object? Serialize(object? value) => value switch
    {
        DateTimeOffset instant => Format(instant),
        DateTime time => Format(time.Kind == DateTimeKind.Local ? new DateTimeOffset(time) : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))),
        string text when TryParse(text, out var instant) => Format(instant),
        _ => throw new GraphQLCoercionException($"DateTime cannot represent value: {Inspect.Value(value)}"),
    };

    private static object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new GraphQLCoercionException($"DateTime cannot represent a non string value: {Inspect.Value(value)}");

    private static object? ParseLiteral(ValueNode node) => node is StringValueNode text
        ? Parse(text.Value)
        : throw new GraphQLCoercionException($"DateTime cannot represent a non string value: {Printer.Print(node)}");

    private static DateTimeOffset Parse(string text) => TryParse(text, out var instant)
        ? instant
        : throw new GraphQLCoercionException($"DateTime cannot represent an invalid date-time string: {Inspect.Value(text)}. Expected ISO-8601 with an offset, e.g. \"2024-05-01T12:00:00Z\".");

    private static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
