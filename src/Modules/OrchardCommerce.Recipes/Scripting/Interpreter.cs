using System.Runtime.CompilerServices;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>Evaluates a syntax tree; global function calls are delegated to <see cref="BuiltinFunctions"/>.</summary>
internal sealed class Interpreter(BuiltinFunctions functions)
{
    public object? Evaluate(ExprNode node)
    {
        // Long operator chains ("1+1+...") build deep trees the parser's nesting limit does not see.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ScriptFault("expression is nested too deeply", node.Position);
        }

        return node switch
        {
            LiteralNode literal => literal.Value,
            CallNode call => functions.Invoke(call.Name, EvaluateAll(call.Arguments), call.Position),
            MemberNode member => EvaluateMember(member),
            UnaryNode unary => EvaluateUnary(unary),
            BinaryNode binary => EvaluateBinary(binary),
            ConditionalNode conditional => JsValues.ToBoolean(Evaluate(conditional.Test))
                ? Evaluate(conditional.WhenTrue)
                : Evaluate(conditional.WhenFalse),
            _ => throw new ScriptFault($"unsupported expression '{node.GetType().Name}'", node.Position),
        };
    }

    private object?[] EvaluateAll(IReadOnlyList<ExprNode> nodes)
    {
        var values = new object?[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            values[i] = Evaluate(nodes[i]);
        }

        return values;
    }

    private object? EvaluateMember(MemberNode member)
    {
        var target = Evaluate(member.Target);
        if (member.Arguments is null)
        {
            return target is string s && member.Name == "length"
                ? (double)s.Length
                : throw new ScriptFault($"property '{member.Name}' is not supported on {JsValues.TypeName(target)}", member.Position);
        }

        var arguments = EvaluateAll(member.Arguments);
        if (target is JsDate date)
        {
            return date.Invoke(member.Name, arguments, member.Position);
        }

        if (member.Name == "toString" && arguments.Length == 0)
        {
            return JsValues.ToString(target);
        }

        return target is string text
            ? StringMethods.Invoke(text, member.Name, arguments, member.Position)
            : throw new ScriptFault($"method '{member.Name}' is not supported on {JsValues.TypeName(target)}", member.Position);
    }

    private object? EvaluateUnary(UnaryNode unary)
    {
        var operand = Evaluate(unary.Operand);
        return unary.Operator switch
        {
            "!" => !JsValues.ToBoolean(operand),
            "-" => -JsValues.ToNumber(operand),
            _ => JsValues.ToNumber(operand),
        };
    }

    private object? EvaluateBinary(BinaryNode binary)
    {
        var left = Evaluate(binary.Left);

        // && and || short-circuit and yield an operand, not a boolean, as in JavaScript.
        switch (binary.Operator)
        {
            case "&&":
                return JsValues.ToBoolean(left) ? Evaluate(binary.Right) : left;
            case "||":
                return JsValues.ToBoolean(left) ? left : Evaluate(binary.Right);
        }

        var right = Evaluate(binary.Right);
        return binary.Operator switch
        {
            "+" when left is string || right is string => JsValues.ToString(left) + JsValues.ToString(right),
            "+" => JsValues.ToNumber(left) + JsValues.ToNumber(right),
            "-" => JsValues.ToNumber(left) - JsValues.ToNumber(right),
            "*" => JsValues.ToNumber(left) * JsValues.ToNumber(right),
            "/" => JsValues.ToNumber(left) / JsValues.ToNumber(right),
            "%" => JsValues.ToNumber(left) % JsValues.ToNumber(right),
            "==" => JsValues.LooseEquals(left, right),
            "!=" => !JsValues.LooseEquals(left, right),
            "===" => JsValues.StrictEquals(left, right),
            "!==" => !JsValues.StrictEquals(left, right),
            _ => JsValues.Compare(binary.Operator, left, right),
        };
    }
}
