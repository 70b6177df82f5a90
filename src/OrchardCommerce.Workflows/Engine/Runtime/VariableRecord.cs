namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A variable's key (stable across updates) and its value as JSON text (immutable, cheap to share).</summary>
internal sealed class VariableRecord
{
    public long Key { get; set; }

    public string Json { get; set; } = "null";
}
