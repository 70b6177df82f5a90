namespace OrchardCommerce.Recipes.Scripting;

/// <summary>
/// The only exception type raised while parsing or evaluating a recipe <c>[js: ...]</c> expression.
/// </summary>
public sealed class RecipeScriptException : Exception
{
    public RecipeScriptException(string reason, string expression, int position)
        : base($"{reason} at position {position} in expression: {expression}")
    {
        Reason = reason;
        Expression = expression;
        Position = position;
    }

    /// <summary>The error without location details, e.g. <c>unknown function 'foo'</c>.</summary>
    public string Reason { get; }

    /// <summary>The expression text (the part inside <c>[js: ...]</c>) in which the error occurred.</summary>
    public string Expression { get; }

    /// <summary>Zero-based character offset within <see cref="Expression"/>.</summary>
    public int Position { get; }
}
