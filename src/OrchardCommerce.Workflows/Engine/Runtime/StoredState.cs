namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Everything the engine needs in memory, as loaded from the store.</summary>
internal sealed record StoredState(
    long NextKey,
    IReadOnlyList<DefinitionRecord> Definitions,
    IReadOnlyList<InstanceRecord> Instances,
    IReadOnlyList<MessageRecord> Messages,
    IReadOnlyList<StartTimerRecord> StartTimers);
