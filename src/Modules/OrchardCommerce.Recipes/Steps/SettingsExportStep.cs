using System.Text.Json.Nodes;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Steps;

/// <summary>Exports the site settings as one "Settings" step, first, as Orchard's own exports do.</summary>
public sealed class SettingsExportStep(SiteSettingsStore store) : IRecipeExportStep
{
    public int Order => 0;

    public async Task ExportAsync(JsonArray steps, CancellationToken cancellationToken)
    {
        var sections = await store.GetAllAsync(cancellationToken);
        if (sections.Count == 0) return;
        var step = new JsonObject { ["name"] = SettingsStep.StepName };
        foreach (var (section, value) in sections) step[section] = value?.DeepClone();
        steps.Add(step);
    }
}
