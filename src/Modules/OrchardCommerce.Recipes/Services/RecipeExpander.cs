using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// Evaluates every <c>[js: …]</c> value of a recipe before any step runs, so a bad expression fails the recipe
/// while nothing has been written yet. One evaluator per run: a variable holding uuid() has one value everywhere.
/// </summary>
public sealed class RecipeExpander(IConfiguration configuration, TimeProvider timeProvider)
{
    /// <returns>A copy of <paramref name="recipe"/> with all expressions replaced by their values.</returns>
    /// <exception cref="RecipeException">An expression is malformed or fails; names the step or variable.</exception>
    public RecipeDescriptor Expand(RecipeDescriptor recipe, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var expanded = recipe.Clone();
        var context = new RecipeScriptContext(expanded.Variables, parameters, key => configuration[key], timeProvider: timeProvider);
        var evaluator = new RecipeScriptEvaluator(context);
        for (var i = 0; i < expanded.Steps.Count; i++)
        {
            var step = (JsonObject)expanded.Steps[i]!;
            Run(() => evaluator.ExpandAll(step), recipe, $"step {i + 1} ({(string?)step["name"]})");
        }
        // Variables no step used are still evaluated, so the expanded recipe has no expression left in it.
        Run(() => evaluator.ExpandAll(expanded.Variables), recipe, "variables");
        return expanded;
    }

    private static void Run(Action expand, RecipeDescriptor recipe, string where)
    {
        try
        {
            expand();
        }
        catch (RecipeScriptException exception)
        {
            throw new RecipeException(recipe.FileName, recipe.LineOf(exception.Expression),
                $"{where}: expression '{exception.Expression}' failed at position {exception.Position}: {exception.Reason}", exception);
        }
    }
}
