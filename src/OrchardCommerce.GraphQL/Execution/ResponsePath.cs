using System.Collections;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// A response path as a linked list (graphql-js Path): each field and list item adds one node to its parent's path,
/// so a field's path costs one small object; the list view is only built when an error or a resolver asks for it.
/// </summary>
internal sealed class ResponsePath(ResponsePath? previous, object key) : IReadOnlyList<object>
{
    public ResponsePath? Previous { get; } = previous;

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; } = key;

    public int Count { get; } = previous is null ? 1 : previous.Count + 1;

    public object this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var node = this;
            for (var i = Count - 1; i > index; i--) node = node.Previous!;
            return node.Key;
        }
    }

    public object[] ToArray()
    {
        var items = new object[Count];
        for (var node = this; node is not null; node = node.Previous) items[node.Count - 1] = node.Key;
        return items;
    }

    public IEnumerator<object> GetEnumerator() => ((IEnumerable<object>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
