using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    /// <summary>POST /v2/messages/publication: buffered for its time to live, does not wait for correlation.</summary>
    public Task<PublishMessageResult> PublishMessageAsync(PublishMessageRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<PublishMessageResult>(HttpMethod.Post, "messages/publication",
            request with { TenantId = request.TenantId ?? _options.TenantId }, cancellationToken);

    /// <summary>POST /v2/messages/correlation: correlates now; <see cref="CamundaNotFoundException"/> when nothing waits for it.</summary>
    public Task<CorrelateMessageResult> CorrelateMessageAsync(CorrelateMessageRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<CorrelateMessageResult>(HttpMethod.Post, "messages/correlation",
            request with { TenantId = request.TenantId ?? _options.TenantId }, cancellationToken);

    /// <summary>
    /// PUT /v2/element-instances/{key}/variables. <paramref name="local"/>: set in exactly this scope; otherwise each
    /// variable goes to the outermost scope that already has it, else the root.
    /// </summary>
    public Task SetVariablesAsync(long elementInstanceKey, JsonObject variables, bool local = false, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"element-instances/{Key(elementInstanceKey)}/variables", new SetVariablesBody(variables, local),
            cancellationToken);

    /// <summary>POST /v2/variables/search; values come back as JSON text, truncated unless <paramref name="truncateValues"/> is false.</summary>
    public Task<SearchResult<VariableInfo>> SearchVariablesAsync(VariableFilter? filter = null, IReadOnlyList<SearchSort>? sort = null,
        SearchPage? page = null, bool? truncateValues = null, CancellationToken cancellationToken = default)
    {
        var path = truncateValues is { } truncate ? $"variables/search?truncateValues={(truncate ? "true" : "false")}" : "variables/search";
        return SendAsync<SearchResult<VariableInfo>>(HttpMethod.Post, path, SearchQuery.Create(filter, sort, page), cancellationToken);
    }

    private sealed record SetVariablesBody(JsonObject Variables, bool Local);
}
