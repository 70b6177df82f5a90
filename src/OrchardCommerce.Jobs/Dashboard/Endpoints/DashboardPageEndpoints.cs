using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OrchardCommerce.Jobs.Dashboard.Pages;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>The read-only pages and the stats API; every read goes through <see cref="IJobMonitor"/>.</summary>
internal static class DashboardPageEndpoints
{
    public static void MapDashboardPages(this RouteGroupBuilder group)
    {
        group.MapGet("/", OverviewAsync);
        group.MapGet("/state/{state}", ListAsync);
        group.MapGet("/job/{id:long}", DetailAsync);
        group.MapGet("/recurring", RecurringAsync);
        group.MapGet("/servers", ServersAsync);
        group.MapGet("/api/stats", StatsAsync);
    }

    private static async Task<IResult> OverviewAsync(HttpContext context, IJobMonitor monitor, IOptions<JobsOptions> options, CancellationToken ct)
    {
        var counters = await monitor.GetCountersAsync(ct);
        var servers = await monitor.ListServersAsync(ct);
        var page = DashboardRequest.Page(context);
        return new HtmlPageResult(OverviewPage.Render(page, counters, servers, ServersPage.StaleAfter(options.Value)));
    }

    private static async Task<IResult> ListAsync(HttpContext context, IJobMonitor monitor, string state, string? search, int? page, int? size,
        string? done, int? count, CancellationToken ct)
    {
        if (DashboardUrls.ParseSlug(state) is not { } jobState) return NotFound(context, $"There is no job state “{state}”.");
        var pageSize = Math.Clamp(size ?? JobListPage.DefaultPageSize, 1, JobListPage.MaxPageSize);
        var pageNumber = Math.Max(page ?? 1, 1);
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var (items, total) = await monitor.ListAsync(jobState, search, pageNumber, pageSize, ct);
        var html = JobListPage.Render(DashboardRequest.Page(context), jobState, search, pageNumber, pageSize, items, total, Flash.Message(done, count));
        return new HtmlPageResult(html);
    }

    private static async Task<IResult> DetailAsync(HttpContext context, IJobMonitor monitor, long id, string? done, int? count, CancellationToken ct)
    {
        if (await monitor.GetAsync(id, ct) is not { } detail) return NotFound(context, $"There is no job #{id}.");
        return new HtmlPageResult(JobDetailPage.Render(DashboardRequest.Page(context), detail, Flash.Message(done, count)));
    }

    private static async Task<IResult> RecurringAsync(HttpContext context, IJobMonitor monitor, string? done, int? count, CancellationToken ct)
    {
        var recurring = await monitor.ListRecurringAsync(ct);
        return new HtmlPageResult(RecurringPage.Render(DashboardRequest.Page(context), recurring, Flash.Message(done, count)));
    }

    private static async Task<IResult> ServersAsync(HttpContext context, IJobMonitor monitor, IOptions<JobsOptions> options, CancellationToken ct)
    {
        var servers = await monitor.ListServersAsync(ct);
        return new HtmlPageResult(ServersPage.Render(DashboardRequest.Page(context), servers, ServersPage.StaleAfter(options.Value)));
    }

    private static async Task<IResult> StatsAsync(HttpContext context, IJobMonitor monitor, TimeProvider time, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(StatsJson.Create(await monitor.GetCountersAsync(ct), time.GetUtcNow().UtcDateTime));
    }

    public static IResult NotFound(HttpContext context, string message) => HtmlPageResult.NotFound(DashboardRequest.Page(context), message);
}
