namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A timer start event of the latest version of a process: creates an instance each time it fires.</summary>
internal sealed class StartTimerRecord
{
    public long Key { get; set; }

    public long DefinitionKey { get; set; }

    public string ElementId { get; set; } = "";

    public DateTimeOffset Due { get; set; }

    public int Repetitions { get; set; }

    public string? Interval { get; set; }
}
