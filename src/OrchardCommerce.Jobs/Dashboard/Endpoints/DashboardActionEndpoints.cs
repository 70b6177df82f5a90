using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>
/// The buttons. Each asks <see cref="IJobClient"/> for a state change, which the state machine grants or refuses;
/// the dashboard writes nothing itself. The auth filter has checked sign-in and the antiforgery token already.
/// </summary>
internal static class DashboardActionEndpoints
{
    public static void MapDashboardActions(this RouteGroupBuilder group)
    {
        group.MapPost("/job/{id:long}/requeue", RequeueAsync);
        group.MapPost("/job/{id:long}/delete", DeleteAsync);
        group.MapPost("/dead-letters/requeue", RequeueDeadLettersAsync);
        group.MapPost("/recurring/{id}/trigger", TriggerAsync);
    }

    private static async Task<IResult> RequeueAsync(HttpContext context, IJobClient client, long id, CancellationToken ct)
    {
        var requeued = await client.RequeueAsync(id, Reason(context, "Requeued"), ct);
        return Results.Redirect($"{DashboardRequest.Urls(context).Job(id)}?done={(requeued ? Flash.Requeued : Flash.NotRequeued)}");
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, IJobClient client, long id, CancellationToken ct)
    {
        var deleted = await client.DeleteAsync(id, Reason(context, "Deleted"), ct);
        return Results.Redirect($"{DashboardRequest.Urls(context).Job(id)}?done={(deleted ? Flash.Deleted : Flash.NotDeleted)}");
    }

    private static async Task<IResult> RequeueDeadLettersAsync(HttpContext context, IJobClient client, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        var type = form["type"].ToString().Trim();
        if (type.Length == 0)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["type"] = ["Name the job type whose dead letters to requeue."] });
        var count = await client.RequeueDeadLettersAsync(type, Reason(context, "Requeued with all dead letters of its type"), ct);
        var list = DashboardRequest.Urls(context).List(JobState.DeadLettered);
        return Results.Redirect($"{list}?done={Flash.RequeuedAll}&count={count}");
    }

    private static async Task<IResult> TriggerAsync(HttpContext context, IJobClient client, string id, CancellationToken ct)
    {
        try
        {
            var jobId = await client.TriggerRecurringAsync(id, ct);
            return Results.Redirect($"{DashboardRequest.Urls(context).Job(jobId)}?done={Flash.Triggered}");
        }
        catch (JobValidationException e)
        {
            return DashboardPageEndpoints.NotFound(context, e.Message);
        }
    }

    /// <summary>The reason recorded in the job's history: where the change came from and from which address.</summary>
    private static string Reason(HttpContext context, string what) =>
        $"{what} from the jobs dashboard ({DashboardRequest.ClientAddress(context)})";
}
