namespace OrchardCommerce.Shells;

/// <summary>The tenant feed's event names (past tense, aggregate "tenant", aggregate id = the tenant's name).</summary>
public static class TenantEvents
{
    public const string AggregateType = "tenant";
    /// <summary>Setup finished: the tenant went from registered (or nothing) to running.</summary>
    public const string Created = "tenant.created";
    public const string Disabled = "tenant.disabled";
    public const string Enabled = "tenant.enabled";
    /// <summary>A running tenant's settings changed (host names, features).</summary>
    public const string Updated = "tenant.updated";
    public const string Removed = "tenant.removed";

    /// <summary>
    /// The event a registry save means, from the row it replaces (null when there was none) to the new one; null when it
    /// means nothing another side acts on (the steps of a setup still in progress, a save that changed nothing).
    /// </summary>
    public static string? For(ShellSettings? previous, ShellSettings current, bool changed) => (previous?.State, current.State) switch
    {
        (null or ShellState.Uninitialized, ShellState.Running) => Created,
        (ShellState.Running, ShellState.Disabled) => Disabled,
        (ShellState.Disabled, ShellState.Running) => Enabled,
        (ShellState.Running, ShellState.Running) when changed => Updated,
        _ => null,
    };
}
