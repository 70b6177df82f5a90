namespace OrchardCommerce.Recipes.Scripting;

/// <summary>Syntax tree of an expression; <see cref="Position"/> is where errors about the node are reported.</summary>
internal abstract record ExprNode(int Position);

internal sealed record LiteralNode(object? Value, int Position) : ExprNode(Position);

internal sealed record CallNode(string Name, IReadOnlyList<ExprNode> Arguments, int Position) : ExprNode(Position);

/// <summary><c>target.name</c>, or <c>target.name(args)</c> when <see cref="Arguments"/> is not null.</summary>
internal sealed record MemberNode(ExprNode Target, string Name, IReadOnlyList<ExprNode>? Arguments, int Position)
    : ExprNode(Position);

internal sealed record UnaryNode(string Operator, ExprNode Operand, int Position) : ExprNode(Position);

internal sealed record BinaryNode(string Operator, ExprNode Left, ExprNode Right, int Position) : ExprNode(Position);

internal sealed record ConditionalNode(ExprNode Test, ExprNode WhenTrue, ExprNode WhenFalse, int Position)
    : ExprNode(Position);
