using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Contents.Recipes;

/// <summary>
/// Exports every latest or published version as one Content step, in storage order: importing it stores the
/// versions in the same order, so a second export is identical to the first.
/// </summary>
public sealed class ContentExportStep(ContentManager contentManager) : IRecipeExportStep
{
    public int Order => 20;

    public async Task ExportAsync(JsonArray steps, CancellationToken cancellationToken)
    {
        var items = await contentManager.ListCurrentVersionsAsync(cancellationToken);
        if (items.Count == 0) return;
        steps.Add(new JsonObject
        {
            ["name"] = "Content",
            ["data"] = new JsonArray(items.Select(i => (JsonNode)i.ToJson()).ToArray()),
        });
    }
}
