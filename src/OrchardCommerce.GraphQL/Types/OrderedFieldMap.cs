using System.Collections;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>A name → field map that enumerates in insertion order (introspection and printing keep definition order).</summary>
internal sealed class OrderedFieldMap : IReadOnlyDictionary<string, FieldDefinition>
{
    private readonly Dictionary<string, FieldDefinition> byName = new(StringComparer.Ordinal);
    private readonly List<FieldDefinition> ordered = [];

    public bool TryAdd(string name, FieldDefinition field)
    {
        if (!byName.TryAdd(name, field)) return false;
        ordered.Add(field);
        return true;
    }

    public FieldDefinition this[string key] => byName[key];
    public IEnumerable<string> Keys => ordered.Select(f => f.Name);
    public IEnumerable<FieldDefinition> Values => ordered;
    public int Count => ordered.Count;
    public bool ContainsKey(string key) => byName.ContainsKey(key);
    public bool TryGetValue(string key, out FieldDefinition value) => byName.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, FieldDefinition>> GetEnumerator() =>
        ordered.Select(f => KeyValuePair.Create(f.Name, f)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
