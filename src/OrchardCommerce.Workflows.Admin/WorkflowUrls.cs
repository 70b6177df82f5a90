using System.Globalization;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Workflows.Admin;

/// <summary>Every address of the section in one place, so pages, redirects and routes agree; values are URL-escaped here.</summary>
internal sealed class WorkflowUrls(DashboardUrls dashboard)
{
    public const string Segment = "workflows";

    public string Root { get; } = $"{dashboard.Root}/{Segment}";

    public string List(string? state = null, int page = 1)
    {
        var query = new List<string>();
        if (state is not null) query.Add("state=" + Uri.EscapeDataString(state));
        if (page > 1) query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return Root + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    public string Instance(long key) => $"{Root}/instances/{Key(key)}";
    public string Progress(long key) => $"{Instance(key)}/progress";
    public string RetryJson(long instanceKey) => $"{Instance(instanceKey)}/retry";
    public string RetryForm(long incidentKey) => $"{Root}/incidents/{Key(incidentKey)}/retry";
    public string DefinitionXml(long definitionKey) => $"{Root}/definitions/{Key(definitionKey)}/xml";
    public string Order(string tenant, string orderId) => $"{Root}/orders/{Uri.EscapeDataString(tenant)}/{Uri.EscapeDataString(orderId)}";
    public string Asset(string name) => $"{Root}/assets/{name}";

    private static string Key(long key) => key.ToString(CultureInfo.InvariantCulture);
}
