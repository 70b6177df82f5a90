using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Services;

/// <summary>Contributes steps to a tenant export; the export is itself a recipe that re-imports to the same state.</summary>
public interface IRecipeExportStep
{
    /// <summary>Position among exporters, so definitions come before the content that uses them.</summary>
    int Order { get; }

    Task ExportAsync(JsonArray steps, CancellationToken cancellationToken);
}
