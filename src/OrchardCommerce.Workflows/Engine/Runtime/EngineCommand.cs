namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A command waiting for the writer; its completion is set only after the group it ran in was committed.</summary>
internal sealed class EngineCommand(Func<EngineCore, object?> execute)
{
    public Func<EngineCore, object?> Execute { get; } = execute;

    public TaskCompletionSource<object?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
