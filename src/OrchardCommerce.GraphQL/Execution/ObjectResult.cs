using System.Collections;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>An object of the response: the response keys of its collected fields, in order, and their values.</summary>
internal sealed class ObjectResult(string[] keys) : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly object?[] values = new object?[keys.Length];

    public string[] ResponseKeys => keys;
    public object?[] Values => values;

    public override void Set(int slot, object? value) => values[slot] = value;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
    public IEnumerable<string> Keys => keys;
    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => values;
    public int Count => keys.Length;
    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var index = Array.IndexOf(keys, key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++) yield return KeyValuePair.Create(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
