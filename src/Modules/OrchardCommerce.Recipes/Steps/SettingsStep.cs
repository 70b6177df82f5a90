using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Steps;

/// <summary>
/// Orchard's "Settings" step: every property but "name" is a site setting section, stored as given, so sections
/// no module reads yet ("LayerSettings", …) survive an export and re-import.
/// </summary>
public sealed class SettingsStep(SiteSettingsStore store) : IRecipeStepHandler
{
    public const string StepName = "Settings";

    public string Name => StepName;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (section, value) in context.Step)
        {
            if (string.Equals(section, "name", StringComparison.OrdinalIgnoreCase)) continue;
            await store.SetAsync(section, value?.DeepClone(), cancellationToken);
            context.Report.Count("settings");
        }
    }
}
