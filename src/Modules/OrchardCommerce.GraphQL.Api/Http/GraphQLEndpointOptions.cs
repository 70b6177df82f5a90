namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Limits and caching of /api/graphql, bound from the "GraphQL" configuration section. The limits make a hostile
/// request cost no more than a bounded amount of parsing and validation; the sizes bound each tenant's caches.
/// </summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest POST body read; a longer one is refused with 413 before it is parsed.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest query text, in characters; longer queries are refused before lexing.</summary>
    public int MaxQueryLength { get; set; } = 64 * 1024;

    /// <summary>Most tokens the parser reads (graphql-js maxTokens).</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Deepest syntactic nesting the parser accepts (selection sets, lists, objects).</summary>
    public int MaxParseDepth { get; set; } = 64;

    /// <summary>Deepest field nesting an operation may have (MaxDepthRule).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest estimated cost an operation may have (MaxCostRule). Introspection meta-fields cost nothing (they read the
    /// in-memory schema and MaxDepth bounds them), so GraphiQL's and graphql-js's introspection queries pass this limit.
    /// </summary>
    public int MaxCost { get; set; } = 5000;

    /// <summary>Page size assumed for a list field given no first/last/limit argument.</summary>
    public int DefaultListSize { get; set; } = 20;

    /// <summary>Validation stops after this many errors, so an invalid document answers with a bounded error list.</summary>
    public int MaxValidationErrors { get; set; } = 20;

    /// <summary>Parsed and validated documents kept per tenant.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Persisted (APQ) queries kept per tenant.</summary>
    public int PersistedQueryCacheSize { get; set; } = 2000;

    /// <summary>Answers to anonymous published queries (GET and POST) kept per tenant.</summary>
    public int ResponseCacheSize { get; set; } = 500;

    /// <summary>Largest response body kept in the response cache; larger ones are served but not kept.</summary>
    public int MaxCachedResponseBytes { get; set; } = 512 * 1024;

    /// <summary>
    /// How long the storefront version read for the response cache is reused before it is read again; a write in this
    /// process ends it at once, other replicas' writes are seen within it. 0 reads it on every request.
    /// </summary>
    public int VersionRecheckMilliseconds { get; set; } = 1000;

    /// <summary>Cache-Control max-age of anonymous GET responses without errors; 0 sends "no-cache" (revalidate with the ETag).</summary>
    public int MaxAgeSeconds { get; set; } = 60;
}
