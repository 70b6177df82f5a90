namespace OrchardCommerce.Workflows.Feel;

/// <summary>The parsed syntax tree: immutable records, so a parsed expression can be cached and shared.</summary>
internal abstract record FeelNode;

internal sealed record LiteralNode(object? Value) : FeelNode;

internal sealed record NameNode(string Name) : FeelNode;

internal sealed record PathNode(FeelNode Target, string Name) : FeelNode;

internal sealed record ListNode(IReadOnlyList<FeelNode> Items) : FeelNode;

internal sealed record ContextNode(IReadOnlyList<KeyValuePair<string, FeelNode>> Entries) : FeelNode;

internal sealed record RangeNode(FeelNode Low, bool LowClosed, FeelNode High, bool HighClosed) : FeelNode;

internal sealed record FilterNode(FeelNode Target, FeelNode Filter) : FeelNode;

internal sealed record BinaryNode(string Operator, FeelNode Left, FeelNode Right) : FeelNode;

internal sealed record NegateNode(FeelNode Operand) : FeelNode;

internal sealed record BetweenNode(FeelNode Value, FeelNode Low, FeelNode High) : FeelNode;

internal sealed record InNode(FeelNode Value, FeelNode Test) : FeelNode;

internal sealed record IfNode(FeelNode Condition, FeelNode Then, FeelNode Else) : FeelNode;

internal sealed record IteratorNode(string Name, FeelNode Source);

internal sealed record ForNode(IReadOnlyList<IteratorNode> Iterators, FeelNode Body) : FeelNode;

internal sealed record QuantifiedNode(bool Every, IReadOnlyList<IteratorNode> Iterators, FeelNode Condition) : FeelNode;

internal sealed record CallNode(
    string Name, IReadOnlyList<FeelNode> Positional, IReadOnlyList<KeyValuePair<string, FeelNode>> Named) : FeelNode;
