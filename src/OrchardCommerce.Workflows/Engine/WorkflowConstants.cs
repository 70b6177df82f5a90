namespace OrchardCommerce.Workflows.Engine;

/// <summary>Values fixed by the single-partition, single-tenant engine.</summary>
public static class WorkflowConstants
{
    /// <summary>Zeebe's default tenant id; the engine is not multi-tenant.</summary>
    public const string DefaultTenant = "<default>";

    /// <summary>The first key Zeebe hands out on partition 1.</summary>
    public const long FirstKey = 2251799813685249;
}
