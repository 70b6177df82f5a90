using System.Security.Cryptography;
using System.Text;

namespace OrchardCommerce.Security;

/// <summary>
/// Section "Daemon": the shared secret the sync daemon presents as "Authorization: Bearer …" to every tenant's APIs.
/// It grants the Daemon role only, in whichever tenant the request is for. Unset (the default) means no daemon can
/// sign in; the embedded default generates one at start and hands it to its in-process daemon.
/// </summary>
public sealed class ServiceTokenOptions
{
    public const string Section = "Daemon";

    /// <summary>The token clients must not guess: at least <see cref="MinimumLength"/> characters.</summary>
    public const int MinimumLength = 32;

    public string? ServiceToken { get; set; }

    public bool Matches(string presented)
    {
        if (ServiceToken is not { Length: >= MinimumLength } expected) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
    }

    public static string Generate() => "ocd_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
