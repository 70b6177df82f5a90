using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

/// <summary>A selection set's fields grouped by response name (in first-seen order) and the fragments it spreads.</summary>
internal sealed class CollectedFields
{
    private readonly Dictionary<string, List<FieldDetails>> byName = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, List<FieldDetails>>> Groups { get; } = [];
    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragments already compared with these fields: false once compared as possibly overlapping.</summary>
    public Dictionary<string, bool> ComparedFragments => comparedFragments ??= new(StringComparer.Ordinal);

    /// <summary>The response names shared with another collection, worked out once per pair.</summary>
    public Dictionary<CollectedFields, List<(string Name, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>> Overlaps =>
        overlaps ??= new(ReferenceEqualityComparer.Instance);

    private Dictionary<string, bool>? comparedFragments;
    private Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? overlaps;

    public List<FieldDetails>? Get(string responseName) => byName.GetValueOrDefault(responseName);

    public void Add(string responseName, FieldDetails field)
    {
        if (!byName.TryGetValue(responseName, out var list))
        {
            byName[responseName] = list = [];
            Groups.Add(new(responseName, list));
        }
        list.Add(field);
    }

    public void AddFragment(string name)
    {
        if (!FragmentNames.Contains(name)) FragmentNames.Add(name);
    }
}
