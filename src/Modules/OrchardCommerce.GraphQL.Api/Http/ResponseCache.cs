using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OrchardCommerce.GraphQL.Api.Data.Versions;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Response bodies of anonymous published queries (GET and POST) of one tenant, keyed like their ETag: the storefront version (read before
/// the data), the schema's definitions version, and the query, variables and operation name. Publishing or changing
/// the catalog moves the version, so the next request misses and executes; stale entries age out of the bounded cache.
/// </summary>
internal sealed class ResponseCache(IOptions<GraphQLEndpointOptions> options) : IDisposable
{
    private readonly BoundedCache<string, byte[]> _bodies = new(options.Value.ResponseCacheSize);
    private readonly int _maxBytes = options.Value.MaxCachedResponseBytes;

    public bool TryGet(string etag, out byte[] body) => _bodies.TryGet(etag, out body);

    public void Set(string etag, ReadOnlySpan<byte> body)
    {
        if (body.Length <= _maxBytes) _bodies.Set(etag, body.ToArray());
    }

    public void Dispose() => _bodies.Dispose();

    /// <summary>A strong ETag (quoted) for one query's answer at one storefront version.</summary>
    public static string ETagFor(StorefrontVersion version, long definitionsVersion, string query, string? variables, string? operationName)
    {
        var text = string.Join('\n', version.ToString(), definitionsVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            query, variables ?? "", operationName ?? "");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return "\"" + Convert.ToBase64String(hash[..18]).Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>If-None-Match holds the ETag (a list, weak forms and * included; RFC 9110 §13.1.2 uses weak comparison).</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            if (header is null) continue;
            foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "*") return true;
                var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (string.Equals(tag, etag, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }
}
