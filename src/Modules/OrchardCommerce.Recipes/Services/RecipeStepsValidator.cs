using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Services;

/// <summary>Checks the one thing every recipe needs before anything runs: a "steps" array of named steps.</summary>
internal static class RecipeStepsValidator
{
    public static JsonArray Validate(JsonObject recipe, string fileName)
    {
        if (recipe["steps"] is not JsonArray steps)
            throw new RecipeException(fileName, null, recipe.ContainsKey("steps") ? "\"steps\" must be an array" : "the recipe has no \"steps\"");
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step)
                throw new RecipeException(fileName, null, $"step {i + 1} must be a JSON object");
            if (step["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String || name.GetValue<string>().Length == 0)
                throw new RecipeException(fileName, null, $"step {i + 1} has no \"name\"");
        }
        return steps;
    }
}
