using System.Text.Json;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// A GraphQL-over-HTTP request's parameters (query, operationName, variables, extensions), read from a GET query
/// string or a POST JSON body. Query is null when the client sends only a persisted query's hash.
/// </summary>
/// <param name="VariablesText">The variables' JSON text as sent (null when absent), part of response cache keys.</param>
internal sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    string? VariablesText,
    PersistedQueryReference? PersistedQuery,
    bool IsGet);
