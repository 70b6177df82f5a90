using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Jobs.Dashboard.Rendering;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Pages;

/// <summary>
/// /workflows/instances/{key}: the instance's header, its diagram drawn by instance-view.js (active, completed,
/// incidents with Retry), its open incidents and its variables.
/// </summary>
internal static class InstancePage
{
    private static readonly string[] Styles = ["diagram-js.css", "bpmn-js.css", "bpmn-font.css", "instance-view.css"];

    public static Markup Render(DashboardPage page, WorkflowUrls urls, ProcessInstance instance, IReadOnlyList<Incident> incidents,
        SearchResult<VariableInfo> variables)
    {
        var key = instance.ProcessInstanceKey;
        var w = new HtmlWriter();
        w.Append($"<dl class=\"fields\"><dt>Process</dt><dd>{instance.ProcessDefinitionName ?? instance.ProcessDefinitionId} ");
        w.Append($"<span class=\"muted type\">{instance.ProcessDefinitionId}</span></dd>");
        w.Append($"<dt>Version</dt><dd>{instance.ProcessDefinitionVersion}</dd><dt>Instance key</dt><dd class=\"key\">{key}</dd>");
        w.Append($"<dt>State</dt><dd><span class=\"badge {InstanceStates.BadgeClass(instance)}\" id=\"instance-state\">{InstanceStates.BadgeText(instance)}</span></dd>");
        w.Append($"<dt>Started</dt><dd>{instance.StartDate.UtcDateTime} UTC ({TimeCell.Render(page, instance.StartDate)})</dd>");
        w.Append($"<dt>Ended</dt><dd>{(instance.EndDate is { } end ? new HtmlWriter().Append($"{end.UtcDateTime} UTC").ToMarkup() : new Markup("—"))}</dd>");
        w.Append($"<dt>Tenant</dt><dd>{instance.TenantId}</dd></dl>");

        w.Append($"<section class=\"panel wf-diagram\"><div class=\"oc-instance-view\" data-xml-url=\"{urls.DefinitionXml(instance.ProcessDefinitionKey)}\"");
        w.Append($" data-progress-url=\"{urls.Progress(key)}\" data-retry-url=\"{urls.RetryJson(key)}\"></div></section>");
        w.Append($"<section class=\"panel\" id=\"incidents\"><h2>Open incidents ({incidents.Count})</h2>{IncidentTable.Render(page, urls, incidents, key)}</section>");
        w.Append($"<section class=\"panel\" id=\"variables\"><h2>Variables ({variables.Page.TotalItems})</h2>{Variables(key, variables)}</section>");
        return w.ToMarkup();
    }

    /// <summary>The diagram's stylesheets, the antiforgery token the Retry script sends, and the two scripts by nonce.</summary>
    public static Markup Head(DashboardPage page, WorkflowUrls urls)
    {
        var w = new HtmlWriter();
        foreach (var style in Styles) w.Append($"<link rel=\"stylesheet\" href=\"{urls.Asset(style)}\">");
        w.Append($"<meta name=\"csrf-token\" content=\"{page.Antiforgery.RequestToken}\">");
        w.Append($"<script src=\"{urls.Asset("bpmn-navigated-viewer.production.min.js")}\" nonce=\"{page.Nonce}\" defer></script>");
        w.Append($"<script src=\"{urls.Asset("instance-view.js")}\" nonce=\"{page.Nonce}\" defer></script>");
        return w.ToMarkup();
    }

    // Relaxed escaping shows "<" and "é" as they are (the engine may send them as \u003C); the HtmlWriter encodes them.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string? Display(VariableInfo variable)
    {
        try
        {
            return variable.IsTruncated || variable.Value is null ? variable.Value : JsonNode.Parse(variable.Value)?.ToJsonString(Relaxed) ?? "null";
        }
        catch (JsonException)
        {
            return variable.Value;
        }
    }

    private static Markup Variables(long instanceKey, SearchResult<VariableInfo> variables)
    {
        var w = new HtmlWriter();
        if (variables.Items.Count == 0) return w.Append($"<p class=\"empty\">No variables.</p>").ToMarkup();
        w.Append($"<table class=\"variables\"><thead><tr><th>Name</th><th>Value (JSON)</th><th>Scope</th></tr></thead><tbody>");
        foreach (var variable in variables.Items)
        {
            var scope = variable.ScopeKey == instanceKey ? "process" : $"element {variable.ScopeKey}";
            w.Append($"<tr><td class=\"type\">{variable.Name}</td><td class=\"value\">{Display(variable)}{(variable.IsTruncated ? new Markup(" <span class=\"muted\">(truncated)</span>") : Markup.Empty)}</td>");
            w.Append($"<td class=\"muted\">{scope}</td></tr>");
        }
        w.Append($"</tbody></table>");
        if (variables.Page.TotalItems > variables.Items.Count)
            w.Append($"<p class=\"muted\">{variables.Items.Count} of {variables.Page.TotalItems} shown.</p>");
        return w.ToMarkup();
    }
}
