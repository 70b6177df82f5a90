using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Jobs.Dashboard.Security;

/// <summary>
/// The ops token: <see cref="JobsOptions.DashboardToken"/> when configured, else a random one made at start
/// (and logged once), so a dashboard is never open just because nobody configured it.
/// </summary>
internal sealed class DashboardToken
{
    private readonly byte[] _hash;

    public DashboardToken(IOptions<JobsOptions> options)
    {
        var configured = options.Value.DashboardToken;
        IsGenerated = string.IsNullOrWhiteSpace(configured);
        Value = IsGenerated ? Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24)) : configured!.Trim();
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(Value));
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("session:" + Value)), 0, 16);
    }

    public string Value { get; }

    public bool IsGenerated { get; }

    /// <summary>Goes into the sign-in cookie instead of the token, so a new token signs every browser out.</summary>
    public string Fingerprint { get; }

    /// <summary>Constant time: comparing hashes of equal length leaks neither the token's content nor its length.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null
        && CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Trim())));
}
