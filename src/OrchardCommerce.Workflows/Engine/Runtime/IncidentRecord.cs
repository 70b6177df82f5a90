namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>An incident: why an element instance is stuck and which step resolving it retries.</summary>
internal sealed class IncidentRecord
{
    public long Key { get; set; }

    public string ErrorType { get; set; } = "";

    public string ErrorMessage { get; set; } = "";

    public string ElementId { get; set; } = "";

    public long ElementInstanceKey { get; set; }

    public long? JobKey { get; set; }

    public DateTimeOffset CreationTime { get; set; }

    public string State { get; set; } = "ACTIVE";

    public IncidentStep Step { get; set; }
}
