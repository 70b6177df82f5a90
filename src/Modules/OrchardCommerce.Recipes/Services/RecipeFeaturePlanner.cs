using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Modules;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// Folds a recipe's "feature" steps into the tenant's feature list. Orchard ids resolve to ours through module
/// aliases; ids nothing here implements go to <see cref="RecipeReport.UnknownFeatures"/>, never silently.
/// </summary>
public sealed class RecipeFeaturePlanner(ModuleCatalog catalog)
{
    public const string StepName = "feature";

    public RecipeFeaturePlan Plan(RecipeDescriptor recipe, IEnumerable<string> currentFeatures, RecipeReport report)
    {
        var current = currentFeatures.Select(id => catalog.Resolve(id) ?? id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var features = new HashSet<string>(current, StringComparer.OrdinalIgnoreCase);
        foreach (var step in recipe.Steps.OfType<JsonObject>().Where(IsFeatureStep))
        {
            foreach (var id in Ids(step, "enable"))
                if (Resolve(id, report) is { } resolved) features.Add(resolved);
            foreach (var id in Ids(step, "disable"))
                if (Resolve(id, report) is { } resolved) features.Remove(resolved);
        }
        foreach (var id in features) if (!report.EnabledFeatures.Contains(id)) report.EnabledFeatures.Add(id);
        report.EnabledFeatures.Sort(StringComparer.Ordinal);
        var sorted = features.Order(StringComparer.Ordinal).ToList();
        return new RecipeFeaturePlan(sorted, !features.SetEquals(current));
    }

    public static bool IsFeatureStep(JsonObject step) =>
        string.Equals((string?)step["name"], StepName, StringComparison.OrdinalIgnoreCase);

    private string? Resolve(string id, RecipeReport report)
    {
        var resolved = catalog.Resolve(id);
        if (resolved is null && !report.UnknownFeatures.Contains(id)) report.UnknownFeatures.Add(id);
        return resolved;
    }

    private static IEnumerable<string> Ids(JsonObject step, string property) =>
        step[property] is JsonArray ids
            ? ids.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())
            : [];
}
