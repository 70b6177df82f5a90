namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A published message kept in the buffer until its time to live passes.</summary>
internal sealed class MessageRecord
{
    public long Key { get; set; }

    public string Name { get; set; } = "";

    public string CorrelationKey { get; set; } = "";

    public string? MessageId { get; set; }

    public string? VariablesJson { get; set; }

    public DateTimeOffset Expires { get; set; }

    /// <summary>BPMN process ids it was correlated to: a message reaches each process at most once (reference §4.2).</summary>
    public HashSet<string> CorrelatedProcesses { get; set; } = [];
}
