using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Services;

/// <summary>
/// Finds an order's process instance by the root variables every order-fulfillment instance carries, <c>tenant</c>
/// and <c>orderId</c>, through /v2/variables/search (which a real cluster and the embedded engine both answer).
/// </summary>
internal sealed class OrderInstanceFinder(CamundaClient camunda)
{
    private const int MaxCandidates = 100;

    /// <summary>The newest instance of the order, or null when no instance records it.</summary>
    public async Task<long?> FindAsync(string tenant, string orderId, CancellationToken ct)
    {
        var byOrder = await camunda.SearchVariablesAsync(new VariableFilter { Name = "orderId", Value = JsonText(orderId) },
            page: SearchPage.Offset(0, MaxCandidates), cancellationToken: ct);
        var candidates = RootScoped(byOrder.Items);
        if (candidates.Count == 0) return null;

        var byTenant = await camunda.SearchVariablesAsync(new VariableFilter { Name = "tenant", Value = JsonText(tenant), Advanced = KeyIn(candidates) },
            page: SearchPage.Offset(0, MaxCandidates), cancellationToken: ct);
        var matching = RootScoped(byTenant.Items);
        if (matching.Count <= 1) return matching.Count == 0 ? null : matching[0];

        // A re-run order (cancelled and started again) has several instances: the newest is the one that matters.
        var newest = await camunda.SearchProcessInstancesAsync(new ProcessInstanceFilter { Advanced = KeyIn(matching) },
            [SearchSort.Descending("startDate")], SearchPage.Offset(0, 1), ct);
        return newest.Items.FirstOrDefault()?.ProcessInstanceKey ?? matching.Max();
    }

    // Variables search values are the JSON text of the value: a string variable "A-1" is searched as "\"A-1\"".
    private static string JsonText(string value) => JsonValue.Create(value).ToJsonString();

    private static List<long> RootScoped(IEnumerable<VariableInfo> variables) =>
        [.. variables.Where(v => v.ScopeKey == v.ProcessInstanceKey).Select(v => v.ProcessInstanceKey).Distinct()];

    private static JsonObject KeyIn(IEnumerable<long> keys) => new()
    {
        ["processInstanceKey"] = new JsonObject { ["$in"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToString(System.Globalization.CultureInfo.InvariantCulture))]) },
    };
}
