using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

/// <summary>A field node as collected from a selection set: its parent type and definition (when known).</summary>
internal sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
{
    public NamedType? ParentType { get; } = parentType;
    public FieldNode Node { get; } = node;
    public FieldDefinition? Definition { get; } = definition;

    /// <summary>No arguments and no sub-selection: two such fields of one name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

    /// <summary>Reasons already worked out against other fields (null: no conflict), prepared only when a field overlaps.</summary>
    public Dictionary<FieldDetails, string?> Comparisons => comparisons ??= new(ReferenceEqualityComparer.Instance);

    public Dictionary<string, ValueNode>? ArgumentValues => arguments ??= ValuesOf(Node.Arguments);

    public string? TypeString { get; set; }

    private Dictionary<FieldDetails, string?>? comparisons;
    private Dictionary<string, ValueNode>? arguments;

    private static Dictionary<string, ValueNode> ValuesOf(IReadOnlyList<ArgumentNode> arguments)
    {
        var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var argument in arguments) values[argument.Name.Value] = argument.Value;
        return values;
    }
}
