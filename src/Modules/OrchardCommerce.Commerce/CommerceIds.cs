using System.Security.Cryptography;

namespace OrchardCommerce.Commerce;

/// <summary>
/// Ids are prefixed, time-ordered strings ("prod_0192…"): readable in logs and feeds, sortable by creation, and
/// never guessable across tenants by counting. Secrets (order and cart tokens) are random, not time-ordered.
/// </summary>
public static class CommerceIds
{
    public static string New(string prefix) => $"{prefix}_{Guid.CreateVersion7():N}";

    /// <summary>A 256-bit random token for URLs that grant access by possession (order lookup, carts).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
