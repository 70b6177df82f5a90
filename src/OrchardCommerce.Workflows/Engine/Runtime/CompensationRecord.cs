namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// A completed activity that can be compensated. ScopePath holds the keys of the scopes it completed in
/// (innermost first), so a compensation throw finds the activities of its scope, nested subprocesses included.
/// </summary>
internal sealed class CompensationRecord
{
    public string ElementId { get; set; } = "";

    public long ElementInstanceKey { get; set; }

    public List<long> ScopePath { get; set; } = [];

    public long Order { get; set; }
}
