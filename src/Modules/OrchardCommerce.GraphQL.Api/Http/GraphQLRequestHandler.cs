using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// /api/graphql of one tenant (GraphQL over HTTP): reads the request, resolves persisted queries, answers anonymous GETs
/// from the ETag or the response cache, takes the parsed and validated document from the cache and executes it.
/// With application/graphql-response+json a request that never reached execution answers 4xx; with legacy
/// application/json every GraphQL error answers 200. Client input never yields a 500.
/// </summary>
internal sealed class GraphQLRequestHandler(DocumentCache documents, PersistedQueryStore persistedQueries, ResponseCache responses,
    IOptions<GraphQLEndpointOptions> options)
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
        var schema = await services.GetRequiredService<IStorefrontSchemaProvider>().GetSchemaAsync(services, cancellationToken);
        var caller = await DraftAccess.GetCallerAsync(context);

        // Published data only, read with GET: the one kind of answer a browser or CDN may keep.
        string? etag = null;
        if (request.IsGet && !caller.CanSeeDrafts)
        {
            // Read before the data it guards: a write racing this request then moves the version past our key.
            var version = await services.GetRequiredService<StorefrontVersions>().GetAsync(cancellationToken);
            etag = ResponseCache.ETagFor(version, schema.DefinitionsVersion, query, request.VariablesText, request.OperationName);
            if (ResponseCache.Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                SetCacheableHeaders(context.Response, etag);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            if (responses.TryGet(etag, out var cachedBody))
            {
                context.Response.Headers.ETag = etag;
                await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status200OK, legacyJson, cachedBody, CacheControl);
                return;
            }
        }

        var document = documents.Get(schema.Schema, query);
        if (!document.IsValid)
        {
            await WriteErrorsAsync(context, legacyJson, document.Errors);
            return;
        }
        persistedQueries.Remember(request, query);
        if (request.IsGet && document.OperationTypeOf(request.OperationName) is OperationType.Mutation or OperationType.Subscription)
            // GraphQL over HTTP: GET must not mutate, so only queries run over it.
            throw new GraphQLRequestException(StatusCodes.Status405MethodNotAllowed, "Mutations can only be sent with POST.", "METHOD_NOT_ALLOWED")
            {
                Headers = new Dictionary<string, string> { ["Allow"] = "POST" },
            };

        var variables = request.Variables is { } json ? ReadVariables(json) : null;
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
            Variables = variables ?? EmptyVariables,
            Services = services,
            UserContext = caller,
            CancellationToken = cancellationToken,
        });
        var body = GraphQLResponseWriter.Serialize(result);
        var status = result.HasData || legacyJson ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        var cacheable = etag is not null && result.Errors.Count == 0;
        if (cacheable)
        {
            responses.Set(etag!, body.WrittenSpan);
            context.Response.Headers.ETag = etag;
        }
        await GraphQLResponseWriter.WriteAsync(context, status, legacyJson, body.WrittenMemory, cacheable ? CacheControl : GraphQLResponseWriter.NoStore);
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

    private static Dictionary<string, object?> ReadVariables(System.Text.Json.JsonElement json)
    {
        try
        {
            return JsonInput.ToMap(json);
        }
        catch (InvalidOperationException)
        {
            // Well-formed JSON whose string escapes are not valid UTF-16 (a lone surrogate such as "\ud800").
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "The variables hold a string that is not valid UTF-16.", "BAD_REQUEST");
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyVariables = new Dictionary<string, object?>();
}
