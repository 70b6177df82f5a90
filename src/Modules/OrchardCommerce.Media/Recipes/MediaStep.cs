using System.Text.Json.Nodes;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Media.Recipes;

/// <summary>
/// Orchard's "media" step: <c>{ "name": "media", "Files": [ { "TargetPath": "logo.svg", "Base64": "…" } ] }</c>.
/// Orchard also reads "SourcePath" relative to the recipe file; a <see cref="RecipeDescriptor"/> keeps only the
/// file's name, not its folder, so such files are reported as skipped rather than guessed at.
/// </summary>
public sealed class MediaStep(MediaStore store) : IRecipeStepHandler
{
    public const string StepName = "media";

    public string Name => StepName;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Files"] is not JsonArray files)
            throw context.Error(context.Step["Files"] is null ? "\"Files\" is required." : "\"Files\" must be an array.");
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is not JsonObject file) throw context.Error($"Files[{i}] is not an object.");
            var target = Text(file["TargetPath"]);
            if (!MediaPath.TryNormalize(target, out var path, out var pathError))
                throw context.Error($"Files[{i}]: TargetPath '{target}' is not valid: {pathError}");
            if (Text(file["Base64"]) is not { } base64)
            {
                if (Text(file["SourcePath"]) is { } source)
                {
                    context.Report.Skip(context.Name, "media-file", path, $"Files[{i}]: SourcePath '{source}' needs the recipe's folder, which is not known here; embed the file as Base64.");
                    continue;
                }
                throw context.Error($"Files[{i}] ({path}): \"Base64\" is required.");
            }
            byte[] data;
            try
            {
                data = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw context.Error($"Files[{i}] ({path}): Base64 is not valid base64.");
            }
            try
            {
                await store.SaveAsync(path, data, cancellationToken: cancellationToken);
            }
            catch (MediaValidationException e)
            {
                throw context.Error($"Files[{i}] ({path}): {e.Reason}");
            }
            context.Report.Count("media files");
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
