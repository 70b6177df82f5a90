using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Evaluating FEEL in an element's scope, and Zeebe's wording for results of the wrong type.</summary>
internal sealed partial class EngineCore
{
    private static FeelContext ContextOf(InstanceRecord instance, long scopeKey) => FeelContext.FromJson(Visible(instance, scopeKey));

    /// <summary>Evaluates; a failure (unknown function, bad arguments) becomes an error message for an incident.</summary>
    private static bool TryEvaluate(FeelExpression expression, FeelContext context, out object? value, out string error)
    {
        try
        {
            value = expression.Evaluate(context);
            error = "";
            return true;
        }
        catch (Exception ex) when (ex is FeelEvaluationException or InvalidCastException or ArgumentException or OverflowException)
        {
            value = null;
            error = $"Expected to evaluate expression '{Text(expression)}', but failed: {ex.Message}";
            return false;
        }
    }

    private static bool TryEvaluate(InstanceRecord instance, long scopeKey, FeelExpression expression, out object? value, out string error) =>
        TryEvaluate(expression, ContextOf(instance, scopeKey), out value, out error);

    private static string Text(FeelExpression expression) => expression.Text.StartsWith('=') ? expression.Text[1..] : expression.Text;

    private static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "BOOLEAN",
        decimal => "NUMBER",
        string => "STRING",
        List<object?> => "ARRAY",
        IReadOnlyDictionary<string, object?> => "OBJECT",
        _ => "UNKNOWN",
    };

    private static string WrongType(FeelExpression expression, string expected, object? value) =>
        $"Expected result of the expression '{Text(expression)}' to be '{expected}', but was '{TypeName(value)}'.";

    private static string FeelText(object? feelValue) => FeelJson.ToJson(feelValue)?.ToJsonString() ?? "null";

    private static JsonNode? Node(object? feelValue) => FeelJson.ToJson(feelValue);

    /// <summary>Evaluates an expression that must give a string (numbers are accepted and formatted, as Zeebe does for keys).</summary>
    private static bool TryEvaluateString(InstanceRecord instance, long scopeKey, FeelExpression expression, out string result, out string error)
    {
        result = "";
        if (!TryEvaluate(instance, scopeKey, expression, out var value, out error))
        {
            return false;
        }

        switch (value)
        {
            case string text:
                result = text;
                return true;
            case decimal number:
                result = FeelJson.ToJson(number)!.ToJsonString();
                return true;
            default:
                error = WrongType(expression, "STRING", value);
                return false;
        }
    }
}
