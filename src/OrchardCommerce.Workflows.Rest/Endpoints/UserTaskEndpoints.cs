using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;
using OrchardCommerce.Workflows.Rest.Search;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>/v2/user-tasks: search, get, assign, unassign, complete (Camunda user tasks, zeebe:userTask).</summary>
internal static class UserTaskEndpoints
{
    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapSearch("/user-tasks/search", async (engine, f, ct) => (await engine.SearchUserTasksAsync(new UserTaskQuery
        {
            UserTaskKey = Pushdown.Key(f, "userTaskKey"), ProcessInstanceKey = Pushdown.Key(f, "processInstanceKey"),
            State = Pushdown.String(f, "state"), Limit = Pushdown.All,
        }, ct)).Items, ViewJson.UserTask);
        v2.MapGet("/user-tasks/{key}", async (string key, HttpContext http, WorkflowEngine engine) =>
            Results.Json(ViewJson.UserTask(await engine.GetUserTaskAsync(PathKey.Parse(key, "userTaskKey"), http.RequestAborted))));
        v2.MapPost("/user-tasks/{key}/assignment", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var assignee = body.RequiredString("assignee");
            var allowOverride = body.Bool("allowOverride") ?? true;
            body.ThrowIfInvalid();
            await engine.AssignUserTaskAsync(PathKey.Parse(key, "userTaskKey"), assignee, allowOverride, http.RequestAborted);
            return Results.NoContent();
        });
        v2.MapDelete("/user-tasks/{key}/assignee", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            await engine.AssignUserTaskAsync(PathKey.Parse(key, "userTaskKey"), null, true, http.RequestAborted);
            return Results.NoContent();
        });
        v2.MapPost("/user-tasks/{key}/completion", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var variables = body.Object("variables");
            body.ThrowIfInvalid();
            await engine.CompleteUserTaskAsync(PathKey.Parse(key, "userTaskKey"), variables, http.RequestAborted);
            return Results.NoContent();
        });
    }
}
