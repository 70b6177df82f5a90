namespace OrchardCommerce.Data;

/// <summary>Instants as the databases keep them.</summary>
public static class StoredTime
{
    /// <summary>
    /// Now in UTC, to the microsecond: PostgreSQL keeps no finer, so what a write returns equals what a later read
    /// gives, on both providers.
    /// </summary>
    public static DateTime GetStoredUtcNow(this TimeProvider clock)
    {
        var ticks = clock.GetUtcNow().UtcDateTime.Ticks;
        return new DateTime(ticks - ticks % 10, DateTimeKind.Utc);
    }
}
