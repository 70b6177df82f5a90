using System.Security.Cryptography;

namespace OrchardCommerce.Commerce;

/// <summary>
/// Ids are prefixed, time-ordered strings ("prod_0192…"): readable in logs and feeds, sortable by creation (lists
/// page by id), and never guessable across tenants by counting. Secrets (order and cart tokens) are random only.
/// </summary>
public static class CommerceIds
{
    private static readonly Lock Gate = new();
    private static long _lastMs;
    private static UInt128 _lastRandom;

    /// <summary>
    /// 48 bits of Unix milliseconds, then 80 random bits (32 hex digits). Ids made in one millisecond by this process
    /// increment the previous random part instead, so they still sort in creation order (a UUIDv7's random tail
    /// would not).
    /// </summary>
    public static string New(string prefix)
    {
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var mask = (UInt128.One << 80) - 1;
        UInt128 random;
        lock (Gate)
        {
            if (ms <= _lastMs && _lastRandom < mask - ushort.MaxValue)
            {
                ms = _lastMs;
                random = _lastRandom + 1 + (UInt128)RandomNumberGenerator.GetInt32(ushort.MaxValue);
            }
            else
            {
                Span<byte> bytes = stackalloc byte[16];
                RandomNumberGenerator.Fill(bytes);
                // The top bit stays clear so a millisecond's increments cannot overflow into the timestamp.
                random = new UInt128(BitConverter.ToUInt64(bytes), BitConverter.ToUInt64(bytes[8..])) & (mask >> 1);
                ms = Math.Max(ms, _lastMs + (ms <= _lastMs ? 1 : 0));
            }
            (_lastMs, _lastRandom) = (ms, random);
        }
        return $"{prefix}_{ms:x12}{random.ToString("x20")}";
    }

    /// <summary>A 256-bit random token for URLs that grant access by possession (order lookup, carts).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
