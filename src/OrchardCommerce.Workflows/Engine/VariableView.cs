namespace OrchardCommerce.Workflows.Engine;

/// <summary>A variable with its value as JSON text, as the REST variable search returns it.</summary>
public sealed record VariableView(long VariableKey, string Name, string Value, long ScopeKey, long ProcessInstanceKey)
{
    public string TenantId => WorkflowConstants.DefaultTenant;

    public bool IsTruncated => false;
}
