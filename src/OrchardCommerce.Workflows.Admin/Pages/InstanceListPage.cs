using OrchardCommerce.Jobs.Dashboard.Pages;
using OrchardCommerce.Jobs.Dashboard.Rendering;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Pages;

/// <summary>/workflows: process instances newest first with state filters and paging, and every open incident with Retry.</summary>
internal static class InstanceListPage
{
    public const int PageSize = 20;
    public const int IncidentLimit = 50;

    public static Markup Render(DashboardPage page, WorkflowUrls urls, string? state, int pageNumber,
        SearchResult<ProcessInstance> instances, SearchResult<Incident> incidents)
    {
        var w = new HtmlWriter();
        w.Append($"<nav class=\"wf-filters\" aria-label=\"State\">");
        foreach (var (slug, label, _) in InstanceStates.Filters)
            w.Append($"<a href=\"{urls.List(slug)}\" class=\"{(slug == state ? "current" : "")}\">{label}</a>");
        w.Append($"</nav>");

        var total = instances.Page.TotalItems;
        w.Append($"<p class=\"muted\">{total} process instance{(total == 1 ? "" : "s")}, newest first</p>");
        if (instances.Items.Count == 0) w.Append($"<p class=\"empty\">No process instances here.</p>");
        else w.Append($"{Table(page, urls, instances.Items)}");
        w.Append($"{Pager.Render(pageNumber, PageSize, total, n => urls.List(state, n))}");

        var open = incidents.Page.TotalItems;
        w.Append($"<section class=\"panel\" id=\"incidents\"><h2>Open incidents ({open})</h2>");
        if (open > incidents.Items.Count) w.Append($"<p class=\"muted\">The {incidents.Items.Count} newest are shown.</p>");
        w.Append($"{IncidentTable.Render(page, urls, incidents.Items)}</section>");
        return w.ToMarkup();
    }

    private static Markup Table(DashboardPage page, WorkflowUrls urls, IReadOnlyList<ProcessInstance> items)
    {
        var w = new HtmlWriter();
        w.Append($"<table class=\"instances\"><thead><tr><th>Instance</th><th>Process</th><th>Version</th><th>State</th>");
        w.Append($"<th>Started</th><th>Ended</th></tr></thead><tbody>");
        foreach (var instance in items)
        {
            w.Append($"<tr><td class=\"key\"><a href=\"{urls.Instance(instance.ProcessInstanceKey)}\">{instance.ProcessInstanceKey}</a></td>");
            w.Append($"<td>{instance.ProcessDefinitionName ?? instance.ProcessDefinitionId} <span class=\"muted type\">{instance.ProcessDefinitionId}</span></td>");
            w.Append($"<td>{instance.ProcessDefinitionVersion}</td>");
            w.Append($"<td><span class=\"badge {InstanceStates.BadgeClass(instance)}\">{InstanceStates.BadgeText(instance)}</span></td>");
            w.Append($"<td>{TimeCell.Render(page, instance.StartDate)}</td><td>{TimeCell.Render(page, instance.EndDate)}</td></tr>");
        }
        w.Append($"</tbody></table>");
        return w.ToMarkup();
    }
}
