using System.Text.Json.Nodes;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Media.Recipes;

/// <summary>
/// Exports every file as Base64 in one "media" step, ordered by path, before the content that points at them;
/// no dates or hashes, so export → import → export gives the same bytes.
/// </summary>
public sealed class MediaExportStep(MediaStore store) : IRecipeExportStep
{
    public int Order => 5;

    public async Task ExportAsync(JsonArray steps, CancellationToken cancellationToken)
    {
        var files = new JsonArray();
        foreach (var info in await store.ListAsync(cancellationToken: cancellationToken))
            if (await store.GetAsync(info.Path, cancellationToken) is { } file)
                files.Add(new JsonObject { ["TargetPath"] = info.Path, ["Base64"] = Convert.ToBase64String(file.Data) });
        if (files.Count == 0) return;
        steps.Add(new JsonObject { ["name"] = MediaStep.StepName, ["Files"] = files });
    }
}
