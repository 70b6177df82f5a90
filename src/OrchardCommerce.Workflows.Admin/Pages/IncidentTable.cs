using OrchardCommerce.Jobs.Dashboard.Rendering;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Pages;

/// <summary>Open incidents with a Retry button each (a POST form with the antiforgery token; works without script).</summary>
internal static class IncidentTable
{
    /// <param name="returnToInstance">Set on an instance page: the form sends ops back there instead of to the list.</param>
    public static Markup Render(DashboardPage page, WorkflowUrls urls, IReadOnlyList<Incident> incidents, long? returnToInstance = null)
    {
        var w = new HtmlWriter();
        if (incidents.Count == 0) return w.Append($"<p class=\"empty\">No open incidents.</p>").ToMarkup();
        w.Append($"<table class=\"incidents\"><thead><tr><th>Incident</th>");
        if (returnToInstance is null) w.Append($"<th>Instance</th>");
        w.Append($"<th>Element</th><th>Error</th><th>Message</th><th>Created</th><th></th></tr></thead><tbody>");
        foreach (var incident in incidents)
        {
            w.Append($"<tr data-incident-key=\"{incident.IncidentKey}\"><td class=\"key\">{incident.IncidentKey}</td>");
            if (returnToInstance is null)
            {
                if (incident.ProcessInstanceKey is { } instance)
                    w.Append($"<td><a href=\"{urls.Instance(instance)}\">{instance}</a> <span class=\"muted\">{incident.ProcessDefinitionId}</span></td>");
                else w.Append($"<td>—</td>");
            }
            w.Append($"<td class=\"type\">{incident.ElementId}</td><td class=\"type\">{incident.ErrorType}</td><td class=\"error\">{incident.ErrorMessage}</td>");
            w.Append($"<td>{TimeCell.Render(page, incident.CreationTime)}</td><td>");
            var fields = returnToInstance is { } back ? new[] { ("instance", back.ToString(System.Globalization.CultureInfo.InvariantCulture)) } : [];
            w.Append($"{page.ButtonForm(urls.RetryForm(incident.IncidentKey), "Retry", "primary", null, fields)}</td></tr>");
        }
        w.Append($"</tbody></table>");
        return w.ToMarkup();
    }
}
