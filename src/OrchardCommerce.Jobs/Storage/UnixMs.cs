namespace OrchardCommerce.Jobs.Storage;

/// <summary>
/// Times are stored as milliseconds since the Unix epoch (UTC) in both providers: one column type, exact ordering in
/// SQLite (which has no timestamp type), and no time zone conversions by the drivers.
/// </summary>
internal static class UnixMs
{
    public static long From(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    public static long? From(DateTime? utc) => utc is { } value ? From(value) : null;

    public static DateTime ToUtc(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;

    public static DateTime? ToUtc(long? ms) => ms is { } value ? ToUtc(value) : null;
}
