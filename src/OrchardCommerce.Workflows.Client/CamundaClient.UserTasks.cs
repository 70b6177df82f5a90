using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    /// <summary>POST /v2/user-tasks/search.</summary>
    public Task<SearchResult<UserTask>> SearchUserTasksAsync(UserTaskFilter? filter = null, IReadOnlyList<SearchSort>? sort = null,
        SearchPage? page = null, CancellationToken cancellationToken = default) =>
        SendAsync<SearchResult<UserTask>>(HttpMethod.Post, "user-tasks/search", SearchQuery.Create(filter, sort, page),
            cancellationToken);

    /// <summary>
    /// POST /v2/user-tasks/{key}/assignment. <paramref name="allowOverride"/> false: 409 when someone already has it.
    /// </summary>
    public Task AssignUserTaskAsync(long userTaskKey, string assignee, bool? allowOverride = null, string? action = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        return SendAsync(HttpMethod.Post, $"user-tasks/{Key(userTaskKey)}/assignment", new AssignBody(assignee, allowOverride, action),
            cancellationToken);
    }

    /// <summary>POST /v2/user-tasks/{key}/completion; the variables propagate into the process.</summary>
    public Task CompleteUserTaskAsync(long userTaskKey, JsonObject? variables = null, string? action = null,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"user-tasks/{Key(userTaskKey)}/completion", new CompleteUserTaskBody(variables, action),
            cancellationToken);

    private sealed record AssignBody(string Assignee, bool? AllowOverride, string? Action);

    private sealed record CompleteUserTaskBody(JsonObject? Variables, string? Action);
}
