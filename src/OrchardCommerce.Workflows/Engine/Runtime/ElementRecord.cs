namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// An element instance: one token in an element. Scopes (the process, subprocesses, multi-instance bodies) are
/// element instances too; every element instance can hold local variables under its key.
/// </summary>
internal sealed class ElementRecord
{
    public long Key { get; set; }

    public string ElementId { get; set; } = "";

    /// <summary>The flow scope's element instance; null only for the process itself.</summary>
    public long? ScopeKey { get; set; }

    /// <summary>False until activation finished (input mappings applied, job or subscription created).</summary>
    public bool Activated { get; set; }

    public bool IsBody { get; set; }

    /// <summary>For an inner instance of a multi-instance body: its 1-based index.</summary>
    public int? LoopCounter { get; set; }

    /// <summary>Multi-instance body: the input collection's items as JSON text.</summary>
    public List<string>? Items { get; set; }

    public int NextItem { get; set; }

    public int CompletedInstances { get; set; }

    public int TerminatedInstances { get; set; }

    public long? JobKey { get; set; }

    public long? UserTaskKey { get; set; }

    public long? IncidentKey { get; set; }

    /// <summary>Parallel and inclusive joins of this scope: gateway id → incoming flow id → waiting tokens.</summary>
    public Dictionary<string, Dictionary<string, int>>? Joins { get; set; }

    /// <summary>For a compensation handler: the throw event instance that runs it.</summary>
    public long? CompensationThrowKey { get; set; }

    /// <summary>For a compensation throw event: the completed activities still to compensate, next first.</summary>
    public List<CompensationRecord>? PendingCompensations { get; set; }
}
