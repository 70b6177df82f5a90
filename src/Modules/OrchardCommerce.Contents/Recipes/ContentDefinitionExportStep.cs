using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Contents.Recipes;

/// <summary>Exports every type and part as one ContentDefinition step, before any content that uses them.</summary>
public sealed class ContentDefinitionExportStep(ContentDefinitionStore store) : IRecipeExportStep
{
    public int Order => 10;

    public async Task ExportAsync(JsonArray steps, CancellationToken cancellationToken)
    {
        var types = await store.ListTypesAsync(cancellationToken);
        var parts = await store.ListPartsAsync(cancellationToken);
        if (types.Count == 0 && parts.Count == 0) return;
        steps.Add(new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = new JsonArray(types.Select(t => (JsonNode)t.ToJson()).ToArray()),
            ["ContentParts"] = new JsonArray(parts.Select(p => (JsonNode)p.ToJson()).ToArray()),
        });
    }
}
