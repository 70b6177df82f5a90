using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Services;

/// <summary>One step being run: its JSON (expressions already expanded), where it came from, and the report.</summary>
public sealed class RecipeStepContext(string recipeFile, int stepIndex, JsonObject step, RecipeReport report)
{
    public string RecipeFile { get; } = recipeFile;
    /// <summary>Zero-based position of the step in the recipe's "steps" array, for error messages.</summary>
    public int StepIndex { get; } = stepIndex;
    public JsonObject Step { get; } = step;
    public RecipeReport Report { get; } = report;
    public string Name => (string?)Step["name"] ?? "";

    /// <summary>An error for this step: "blog.recipe.json, step 3 (Content): …" plus the line when known.</summary>
    public RecipeException Error(string reason, int? line = null) => new(RecipeFile, line, $"step {StepIndex + 1} ({Name}): {reason}");
}
