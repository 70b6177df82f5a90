using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Automatic persisted queries (Apollo's APQ protocol) of one tenant: a client first sends only the query's SHA-256;
/// on PersistedQueryNotFound it sends hash and query, which is checked, stored and run. Short GET URLs of known hashes
/// are what make CDN caching of queries practical. Bounded, so a client cannot grow it without limit.
/// </summary>
internal sealed class PersistedQueryStore(IOptions<GraphQLEndpointOptions> options) : IDisposable
{
    public const string NotFoundMessage = "PersistedQueryNotFound";
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";

    private readonly BoundedCache<string, string> _queries = new(options.Value.PersistedQueryCacheSize);

    /// <summary>The query text a request runs: its own, or the persisted one its hash names.</summary>
    public string Resolve(GraphQLHttpRequest request)
    {
        if (request.PersistedQuery is not { } persisted)
            return string.IsNullOrEmpty(request.Query)
                ? throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "Must provide query string.", "BAD_REQUEST")
                : request.Query;

        if (persisted.Version != 1)
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "Unsupported persisted query version.", "PERSISTED_QUERY_NOT_SUPPORTED");
        if (request.Query is null)
            // 200 as Apollo Server answers, so Apollo's link reads the code and retries with the query.
            return _queries.TryGet(Key(persisted), out var known)
                ? known
                : throw new GraphQLRequestException(StatusCodes.Status200OK, NotFoundMessage, NotFoundCode);

        if (!string.Equals(HashOf(request.Query), persisted.Sha256Hash, StringComparison.OrdinalIgnoreCase))
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "provided sha does not match query", "BAD_REQUEST");
        return request.Query;
    }

    /// <summary>Stores a hash's query once it has parsed and validated, so a broken query never becomes a known one.</summary>
    public void Remember(GraphQLHttpRequest request, string query)
    {
        if (request.PersistedQuery is { } persisted && request.Query is not null && !_queries.TryGet(Key(persisted), out _))
            _queries.Set(Key(persisted), query);
    }

    // Hex digits may come in either case; stored under one.
    private static string Key(PersistedQueryReference persisted) => persisted.Sha256Hash.ToLowerInvariant();

    public void Dispose() => _queries.Dispose();

    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
