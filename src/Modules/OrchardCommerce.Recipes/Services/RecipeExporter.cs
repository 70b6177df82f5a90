using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// Writes the tenant as a recipe: its features, then every <see cref="IRecipeExportStep"/> by Order. Deterministic
/// (sorted everywhere, no timestamps), so exporting twice, or export → import elsewhere → export, gives the same bytes.
/// </summary>
public sealed class RecipeExporter(ShellContext shell, IEnumerable<IRecipeExportStep> exportSteps)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Recipes are read by people: keep "<p>" and "é" as they are rather than \u003C escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The default export name: "&lt;tenant&gt;-export".</summary>
    public string DefaultName => shell.Settings.Name.ToLowerInvariant() + "-export";

    public async Task<JsonObject> BuildAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        var steps = new JsonArray
        {
            new JsonObject
            {
                ["name"] = RecipeFeaturePlanner.StepName,
                ["enable"] = new JsonArray([.. shell.Features.Order(StringComparer.Ordinal).Select(id => JsonValue.Create(id))]),
                ["disable"] = new JsonArray(),
            },
        };
        // Type name breaks ties so two exporters of one Order never swap places between runs.
        foreach (var step in exportSteps.OrderBy(s => s.Order).ThenBy(s => s.GetType().FullName, StringComparer.Ordinal))
            await step.ExportAsync(steps, cancellationToken);
        return new JsonObject
        {
            ["name"] = name ?? DefaultName,
            ["displayName"] = name ?? DefaultName,
            ["description"] = "A tenant exported as a recipe.",
            ["author"] = "",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["variables"] = new JsonObject(),
            ["steps"] = steps,
        };
    }

    /// <returns>The recipe as indented JSON text.</returns>
    public async Task<string> ExportAsync(string? name = null, CancellationToken cancellationToken = default) =>
        (await BuildAsync(name, cancellationToken)).ToJsonString(Json);
}
