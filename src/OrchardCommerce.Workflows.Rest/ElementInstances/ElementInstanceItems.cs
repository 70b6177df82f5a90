using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;

namespace OrchardCommerce.Workflows.Rest.ElementInstances;

/// <summary>
/// The ElementInstanceResult items of one process instance, made from the engine's progress read (element ids with
/// counts): one item per counted run, in document order, completed runs before active ones. Runs of jobs and user
/// tasks carry their real element instance key (and a completed job its end time); the engine keeps no key for
/// other runs (events, gateways), which get a stable negative key that addresses nothing. Dates the engine does not
/// keep per run are the instance's. Terminated runs are not kept, so none are listed.
/// </summary>
internal static class ElementInstanceItems
{
    private static readonly HashSet<string> FinishedJobStates = ["COMPLETED", "CANCELED", "ERROR_THROWN"];

    public static async Task<IReadOnlyList<JsonObject>> ForInstanceAsync(WorkflowEngine engine, long processInstanceKey, CancellationToken ct)
    {
        var instance = (await engine.SearchInstancesAsync(new InstanceQuery { ProcessInstanceKey = processInstanceKey, Limit = 1 }, ct)).Items
            .FirstOrDefault();
        if (instance is null) return [];
        var progress = await engine.GetInstanceProgressAsync(processInstanceKey, ct);
        var elements = BpmnElementTypes.Read(await engine.GetDefinitionXmlAsync(instance.ProcessDefinitionKey, ct), instance.BpmnProcessId);
        var runs = await KnownRunsAsync(engine, progress, ct);

        var items = new List<JsonObject>();
        foreach (var (id, name, type) in elements)
        {
            var known = runs.Where(r => r.ElementId == id).ToList();
            var finished = known.Where(r => r.Finished).ToList();
            var active = known.Where(r => !r.Finished).ToList();
            for (var i = 0; i < progress.CompletedElements.GetValueOrDefault(id); i++)
                items.Add(Item(instance, id, name, type, "COMPLETED", i < finished.Count ? finished[i] : null, i));
            for (var i = 0; i < progress.ActiveElements.GetValueOrDefault(id); i++)
                items.Add(Item(instance, id, name, type, "ACTIVE", i < active.Count ? active[i] : null, i));
        }
        return items;
    }

    /// <summary>Runs whose keys the engine shows: open incidents first (so the first active items carry them), jobs, user tasks.</summary>
    private static async Task<List<Run>> KnownRunsAsync(WorkflowEngine engine, InstanceProgress progress, CancellationToken ct)
    {
        var key = progress.ProcessInstanceKey;
        var jobs = (await engine.SearchJobsAsync(new JobQuery { ProcessInstanceKey = key, Limit = 10_000 }, ct)).Items;
        var tasks = (await engine.SearchUserTasksAsync(new UserTaskQuery { ProcessInstanceKey = key, Limit = 10_000 }, ct)).Items;
        var runs = progress.Incidents.Select(i => new Run(i.ElementId, i.ElementInstanceKey, false, null, i.IncidentKey)).ToList();
        runs.AddRange(jobs.Select(j => new Run(j.ElementId, j.ElementInstanceKey, FinishedJobStates.Contains(j.State), j.EndTime, null)));
        runs.AddRange(tasks.Select(t => new Run(t.ElementId, t.ElementInstanceKey, t.State is "COMPLETED" or "CANCELED", t.CompletionDate, null)));
        return [.. runs.DistinctBy(r => r.ElementInstanceKey)];
    }

    private static JsonObject Item(ProcessInstanceView instance, string elementId, string name, string type, string state, Run? run, int ordinal) => new()
    {
        ["elementInstanceKey"] = RestJson.Key(run?.ElementInstanceKey ?? SyntheticKey(instance.ProcessInstanceKey, elementId, state, ordinal)),
        ["elementId"] = elementId,
        ["elementName"] = name,
        ["type"] = type,
        ["state"] = state,
        ["hasIncident"] = run?.IncidentKey is not null,
        ["incidentKey"] = RestJson.Key(run?.IncidentKey),
        ["processInstanceKey"] = RestJson.Key(instance.ProcessInstanceKey),
        ["processDefinitionKey"] = RestJson.Key(instance.ProcessDefinitionKey),
        ["processDefinitionId"] = instance.BpmnProcessId,
        ["startDate"] = RestJson.Date(instance.StartDate),
        ["endDate"] = state == "COMPLETED" ? RestJson.Date(run?.EndDate ?? instance.EndDate) : null,
        ["tenantId"] = instance.TenantId,
    };

    private static long SyntheticKey(long processInstanceKey, string elementId, string state, int ordinal)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{processInstanceKey}/{elementId}/{state}/{ordinal}"));
        return -1 - (BitConverter.ToInt64(hash) & 0x3FFF_FFFF_FFFF_FFFF);
    }

    private sealed record Run(string ElementId, long ElementInstanceKey, bool Finished, DateTimeOffset? EndDate, long? IncidentKey);
}
