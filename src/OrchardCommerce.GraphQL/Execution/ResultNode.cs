namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// An object or list of the response being built. Each knows the slot it fills in its parent and whether that slot is
/// non-null, so a null can travel up to the nearest nullable position (spec §6.4.4) even when it arrives late.
/// </summary>
internal abstract class ResultNode
{
    public ResultNode? Parent { get; init; }
    public int Slot { get; init; }
    public bool SlotIsNonNull { get; init; }

    /// <summary>The path of the field or item this node is the value of; null for the root.</summary>
    public ResponsePath? Path { get; init; }

    /// <summary>Replaced by null because a non-null position inside it failed; its remaining work is abandoned.</summary>
    public bool Nulled { get; set; }

    public abstract void Set(int slot, object? value);

    /// <summary>Whether this node or one around it was nulled (graphql-js drops errors raised under a nulled position).</summary>
    public bool IsInsideNulled()
    {
        for (var node = this; node is not null; node = node.Parent)
            if (node.Nulled) return true;
        return false;
    }
}
