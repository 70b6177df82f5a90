using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Json;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>A job handed to this worker by POST /v2/jobs/activation, with every field of reference §2.6.</summary>
public sealed record ActivatedJob
{
    [LongKey] public long JobKey { get; init; }
    public string Type { get; init; } = "";
    public string ProcessDefinitionId { get; init; } = "";
    public int ProcessDefinitionVersion { get; init; }
    [LongKey] public long ProcessDefinitionKey { get; init; }
    [LongKey] public long ProcessInstanceKey { get; init; }

    /// <summary>The task's id in the BPMN.</summary>
    public string ElementId { get; init; } = "";

    /// <summary>The task's scope: where local variables go.</summary>
    [LongKey] public long ElementInstanceKey { get; init; }

    /// <summary>The task's zeebe:taskHeaders.</summary>
    public IReadOnlyDictionary<string, string> CustomHeaders { get; init; } = new Dictionary<string, string>();

    public string Worker { get; init; } = "";

    /// <summary>Retries left, this attempt included.</summary>
    public int Retries { get; init; }

    /// <summary>When the job falls back to the cluster and may be handed to another worker.</summary>
    [EpochMilliseconds] public DateTimeOffset Deadline { get; init; }

    /// <summary>The variables visible to the task at activation (after input mappings).</summary>
    public JsonObject Variables { get; init; } = [];

    public string TenantId { get; init; } = "<default>";

    /// <summary>BPMN_ELEMENT for service tasks; EXECUTION_LISTENER, TASK_LISTENER or AD_HOC_SUB_PROCESS otherwise.</summary>
    public string Kind { get; init; } = "BPMN_ELEMENT";

    /// <summary>UNSPECIFIED for normal jobs.</summary>
    public string ListenerEventType { get; init; } = "UNSPECIFIED";

    /// <summary>Only for task-listener jobs: the user task's properties.</summary>
    public JsonObject? UserTask { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }
}
