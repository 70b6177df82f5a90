using System.Security.Cryptography;

namespace OrchardCommerce.Contents.Models;

/// <summary>Ids shaped like Orchard's: 26 lower-case letters and digits, random (128 bits and more).</summary>
public static class ContentIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New() => string.Create(26, 0, (span, _) =>
    {
        Span<byte> bytes = stackalloc byte[26];
        RandomNumberGenerator.Fill(bytes);
        for (var i = 0; i < span.Length; i++) span[i] = Alphabet[bytes[i] & 31];
    });

    /// <summary>Hand-written recipes use readable ids ("home-page"); accept those too, but nothing URL-unsafe.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
