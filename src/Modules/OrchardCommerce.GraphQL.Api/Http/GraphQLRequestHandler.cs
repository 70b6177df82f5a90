using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// /api/graphql of one tenant (GraphQL over HTTP): reads the request, resolves persisted queries, answers anonymous queries
/// from the ETag (GET) or the response cache (GET and POST), takes the parsed and validated document from the cache and executes it.
/// With application/graphql-response+json a request that never reached execution answers 4xx; with legacy
/// application/json every GraphQL error answers 200. Client input never yields a 500.
/// </summary>
internal sealed class GraphQLRequestHandler(DocumentCache documents, PersistedQueryStore persistedQueries, ResponseCache responses,
    IOptions<GraphQLEndpointOptions> options, ILogger<GraphQLRequestHandler> logger)
{
    private readonly GraphQLEndpointOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        var legacyJson = GraphQLMediaTypes.PrefersLegacyJson(context.Request);
        try
        {
            await HandleCoreAsync(context, legacyJson);
        }
        catch (GraphQLRequestException refused)
        {
            foreach (var (name, value) in refused.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
            await GraphQLResponseWriter.WriteAsync(context, refused.StatusCode, legacyJson,
                GraphQLResponseWriter.SerializeError(refused.Message, refused.Code).WrittenMemory, GraphQLResponseWriter.NoStore);
        }
    }

    private async Task HandleCoreAsync(HttpContext context, bool legacyJson)
    {
        var request = await GraphQLRequestReader.ReadAsync(context, _options);
        var query = persistedQueries.Resolve(request);
        if (query.Length > _options.MaxQueryLength)
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest,
                $"The query is longer than {_options.MaxQueryLength} characters.", "QUERY_TOO_LONG");

        var services = context.RequestServices;
        var cancellationToken = context.RequestAborted;
        var caller = await DraftAccess.GetCallerAsync(context);
        var schemas = services.GetRequiredService<IStorefrontSchemaProvider>();
        // Anonymous callers may be answered from the cache, keyed on the whole storefront version: one read gives it and
        // the definitions version the schema needs. Read before the data it guards: a racing write then moves it past our key.
        StorefrontVersion? version = caller.CanSeeDrafts ? null
            : await services.GetRequiredService<StorefrontVersionMemo>().GetAsync(services.GetRequiredService<StorefrontVersions>(), cancellationToken);
        var schema = version is null
            ? await schemas.GetSchemaAsync(services, cancellationToken)
            : await schemas.GetSchemaAsync(version.Value.Definitions, services, cancellationToken);

        var document = documents.Get(schema.Schema, query);
        if (!document.IsValid)
        {
            await WriteErrorsAsync(context, legacyJson, document.Errors);
            return;
        }
        persistedQueries.Remember(request, query);
        var operationType = document.OperationTypeOf(request.OperationName);
        if (request.IsGet && operationType is OperationType.Mutation or OperationType.Subscription)
            // GraphQL over HTTP: GET must not mutate, so only queries run over it.
            throw new GraphQLRequestException(StatusCodes.Status405MethodNotAllowed, "Mutations can only be sent with POST.", "METHOD_NOT_ALLOWED")
            {
                Headers = new Dictionary<string, string> { ["Allow"] = "POST" },
            };

        // An anonymous query of published data depends on nothing but the data's version and the request, so its answer
        // is cached here whether it came by GET or POST; only GET answers may be kept by browsers and CDNs (ETag,
        // Cache-Control). Carts and orders change without that version moving: documents selecting them are never cached.
        string? cacheKey = null;
        if (version is not null && !document.IsPrivate && operationType == OperationType.Query)
        {
            cacheKey = ResponseCache.ETagFor(version.Value, schema.DefinitionsVersion, query, request.VariablesText, request.OperationName);
            if (request.IsGet && ResponseCache.Matches(context.Request.Headers.IfNoneMatch, cacheKey))
            {
                SetCacheableHeaders(context.Response, cacheKey);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            if (responses.TryGet(cacheKey, out var cachedBody))
            {
                if (request.IsGet) context.Response.Headers.ETag = cacheKey;
                await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status200OK, legacyJson, cachedBody,
                    request.IsGet ? CacheControl : GraphQLResponseWriter.NoStore);
                return;
            }
        }

        var variables = GraphQLVariables.Read(request.Variables);
        if (document.NeedsCostCheck && schema.Schema is var s && documents.CheckCost(s, document.Document!, variables) is { Count: > 0 } costErrors)
        {
            await WriteErrorsAsync(context, legacyJson, costErrors);
            return;
        }

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema.Schema,
            Document = document.Document!,
            OperationName = request.OperationName,
            Variables = variables,
            Services = services,
            UserContext = caller,
            CancellationToken = cancellationToken,
            ExceptionMessage = HideException,
        });
        var body = GraphQLResponseWriter.Serialize(result);
        var status = result.HasData || legacyJson ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        var cacheable = cacheKey is not null && result.Errors.Count == 0;
        if (cacheable) responses.Set(cacheKey!, body.WrittenSpan);
        var shared = cacheable && request.IsGet;
        if (shared) context.Response.Headers.ETag = cacheKey;
        await GraphQLResponseWriter.WriteAsync(context, status, legacyJson, body.WrittenMemory, shared ? CacheControl : GraphQLResponseWriter.NoStore);
    }

    /// <summary>
    /// A resolver's unexpected exception (SQL, I/O, a bug) is logged and shown as a generic message: its text may name
    /// tables, paths or connection details. Errors meant for the caller are GraphQLErrorExceptions and pass unchanged.
    /// </summary>
    private string HideException(Exception exception)
    {
        logger.LogError(exception, "A GraphQL resolver failed.");
        return "Unexpected error.";
    }

    private string CacheControl => _options.MaxAgeSeconds > 0 ? $"public, max-age={_options.MaxAgeSeconds}" : "no-cache";

    private void SetCacheableHeaders(HttpResponse response, string etag)
    {
        GraphQLResponseWriter.SetCommonHeaders(response, CacheControl);
        response.Headers.ETag = etag;
    }

    private static Task WriteErrorsAsync(HttpContext context, bool legacyJson, IReadOnlyList<GraphQLError> errors) =>
        GraphQLResponseWriter.WriteAsync(context, legacyJson ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, legacyJson,
            GraphQLResponseWriter.Serialize(new ExecutionResult { Errors = errors }).WrittenMemory, GraphQLResponseWriter.NoStore);
}
