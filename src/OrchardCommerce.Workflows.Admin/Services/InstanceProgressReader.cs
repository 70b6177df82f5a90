using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Services;

/// <summary>
/// The progress JSON instance-view.js draws, from standard /v2 reads only (so it works against a real cluster):
/// element runs from element-instance search, open incidents from incident search, and the taken sequence flows
/// derived from the diagram: a flow was taken when its source completed and its target was entered.
/// </summary>
internal sealed class InstanceProgressReader(CamundaClient camunda)
{
    private const int PageSize = 1000;

    // An instance with more runs than this (a long loop) shows its first ones; the page stays responsive.
    private const int MaxPages = 10;

    public async Task<JsonObject> ReadAsync(ProcessInstance instance, CancellationToken ct)
    {
        var key = instance.ProcessInstanceKey;
        var runs = await ElementRunsAsync(key, ct);
        var incidents = await camunda.SearchIncidentsAsync(new IncidentFilter { ProcessInstanceKey = key, State = "ACTIVE" },
            [SearchSort.Ascending("creationTime")], SearchPage.Offset(0, 200), ct);
        var flows = BpmnSequenceFlows.Read(await camunda.GetProcessDefinitionXmlAsync(instance.ProcessDefinitionKey, ct));

        var completed = runs.Where(r => r.State == "COMPLETED").Select(r => r.ElementId).ToHashSet(StringComparer.Ordinal);
        var entered = runs.Select(r => r.ElementId).ToHashSet(StringComparer.Ordinal);
        return new JsonObject
        {
            ["active"] = new JsonArray([.. runs.Where(r => r.State == "ACTIVE").GroupBy(r => r.ElementId)
                .Select(g => (JsonNode)new JsonObject { ["elementId"] = g.Key, ["count"] = g.Count() })]),
            ["completed"] = new JsonArray([.. completed.Select(id => (JsonNode)id)]),
            ["takenFlows"] = new JsonArray([.. flows.Where(f => completed.Contains(f.Source) && entered.Contains(f.Target))
                .Select(f => (JsonNode)f.Id)]),
            ["incidents"] = new JsonArray([.. incidents.Items.Select(i => (JsonNode)new JsonObject
            {
                ["elementId"] = i.ElementId,
                ["incidentKey"] = i.IncidentKey.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["errorType"] = i.ErrorType,
                ["errorMessage"] = i.ErrorMessage,
            })]),
        };
    }

    private async Task<List<ElementInstance>> ElementRunsAsync(long processInstanceKey, CancellationToken ct)
    {
        var runs = new List<ElementInstance>();
        var page = SearchPage.Offset(0, PageSize);
        for (var i = 0; i < MaxPages; i++)
        {
            var result = await camunda.SearchElementInstancesAsync(new ElementInstanceFilter { ProcessInstanceKey = processInstanceKey },
                [SearchSort.Ascending("startDate")], page, ct);
            runs.AddRange(result.Items);
            if (result.Items.Count < PageSize || result.Page.EndCursor is not { } cursor) break;
            page = SearchPage.Next(cursor, PageSize);
        }
        return runs;
    }
}
