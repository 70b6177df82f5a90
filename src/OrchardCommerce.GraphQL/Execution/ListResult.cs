using System.Collections;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>A list of the response, its items filled in as they complete.</summary>
internal sealed class ListResult(int count) : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] items = new object?[count];

    public object?[] Items => items;

    public override void Set(int slot, object? value) => items[slot] = value;

    public object? this[int index] => items[index];
    public int Count => items.Length;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
