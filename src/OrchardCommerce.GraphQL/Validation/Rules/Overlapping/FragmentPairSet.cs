namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

/// <summary>
/// Pairs of fragments already compared, and whether as mutually exclusive: a pair compared as possibly overlapping
/// needs no mutually exclusive comparison, but not the reverse.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<string, Dictionary<string, bool>> data = new(StringComparer.Ordinal);

    public bool Has(string a, string b, bool mutuallyExclusive) => Has1(a, b, mutuallyExclusive) || Has1(b, a, mutuallyExclusive);

    public void Add(string a, string b, bool mutuallyExclusive)
    {
        if (!data.TryGetValue(a, out var map)) data[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
        map[b] = mutuallyExclusive;
    }

    private bool Has1(string a, string b, bool mutuallyExclusive) =>
        data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (mutuallyExclusive || !stored);
}
