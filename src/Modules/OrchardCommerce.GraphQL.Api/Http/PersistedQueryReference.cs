namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>extensions.persistedQuery of Apollo's automatic persisted queries: protocol version and the query's SHA-256 (hex).</summary>
internal sealed record PersistedQueryReference(int Version, string Sha256Hash);
