namespace OrchardCommerce.Recipes.Scripting;

/// <summary>
/// Raised by the tokenizer, parser and interpreter, which do not know the expression text;
/// the evaluator turns it into a <see cref="RecipeScriptException"/> at the expression boundary.
/// </summary>
internal sealed class ScriptFault(string reason, int position) : Exception(reason)
{
    public string Reason { get; } = reason;

    public int Position { get; } = position;
}
