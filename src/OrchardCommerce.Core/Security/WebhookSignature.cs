using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrchardCommerce.Security;

/// <summary>
/// Stripe-style webhook signatures: header <c>Commerce-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c> where v1 is
/// HMAC-SHA256 of "&lt;t&gt;.&lt;raw body&gt;" under a shared secret. Signing the timestamp with the body is what lets a
/// receiver refuse old captures. Used for incoming payment webhooks and for the daemon's outgoing webhook deliveries.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "Commerce-Signature";
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromSeconds(300);

    /// <summary>The header value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body, DateTimeOffset timestamp)
    {
        var t = timestamp.ToUnixTimeSeconds();
        return $"t={t.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Compute(secret, t, body))}";
    }

    public static string Sign(string secret, string body, DateTimeOffset timestamp) => Sign(secret, Encoding.UTF8.GetBytes(body), timestamp);

    /// <summary>
    /// Checks <paramref name="header"/> against the raw <paramref name="body"/>. Any one of several v1 entries may
    /// match (a sender signing with an old and a new secret during rotation); comparison is constant-time.
    /// </summary>
    public static WebhookSignatureCheck Verify(string? header, string secret, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan? tolerance = null)
    {
        if (string.IsNullOrWhiteSpace(header)) return WebhookSignatureCheck.Missing;
        long? t = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = part.IndexOf('=') is var i and > 0 ? (part[..i], part[(i + 1)..]) : (part, "");
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) t = seconds;
            else if (key == "v1" && value.Length == 64 && TryParseHex(value) is { } bytes) signatures.Add(bytes);
        }
        if (t is not { } timestamp || signatures.Count == 0) return WebhookSignatureCheck.Malformed;
        var age = now.ToUnixTimeSeconds() - timestamp;
        if (Math.Abs(age) > (tolerance ?? DefaultTolerance).TotalSeconds) return WebhookSignatureCheck.OutsideTolerance;

        var expected = Compute(secret, timestamp, body);
        var matched = false;
        // Every candidate is compared, so timing does not tell which (or whether an earlier) entry matched.
        foreach (var signature in signatures) matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
        return matched ? WebhookSignatureCheck.Valid : WebhookSignatureCheck.Mismatch;
    }

    private static byte[] Compute(string secret, long t, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(t.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static byte[]? TryParseHex(string hex)
    {
        try { return Convert.FromHexString(hex); }
        catch (FormatException) { return null; }
    }
}
