using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Feel;

/// <summary>
/// A parsed FEEL expression: immutable and thread-safe, so the engine can parse each BPMN expression once and
/// evaluate it for every process instance.
/// </summary>
public sealed class FeelExpression
{
    private readonly FeelNode _root;

    private FeelExpression(string text, FeelNode root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    /// <exception cref="FeelSyntaxException">The text is not a valid FEEL expression.</exception>
    public static FeelExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FeelExpression(text, FeelParser.Parse(text));
    }

    /// <summary>
    /// Zeebe's rule: "=expr" is an expression (positions in errors are relative to what follows "="), anything
    /// else is a static string value.
    /// </summary>
    public static FeelExpression ParseZeebe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith('=')
            ? new FeelExpression(text, FeelParser.Parse(text[1..]))
            : new FeelExpression(text, new LiteralNode(text));
    }

    /// <summary>Evaluates to null, bool, decimal, string, List&lt;object?&gt; or an ordered context dictionary.</summary>
    /// <exception cref="FeelEvaluationException">An unknown function or wrong arguments to a function.</exception>
    public object? Evaluate(FeelContext context) => FeelEvaluator.Evaluate(_root, context);

    public JsonNode? EvaluateToJson(FeelContext context) => FeelJson.ToJson(Evaluate(context));

    public override string ToString() => Text;
}
