using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Contents.Recipes;

/// <summary>Orchard's "Content" step: imports each item of "data" as given (ids, versions, owner and dates kept);
/// items of types this tenant does not define are reported and skipped.</summary>
public sealed class ContentStep(ContentManager contentManager, ContentDefinitionStore definitions) : IRecipeStepHandler
{
    public string Name => "Content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["data"] is not JsonArray data)
            throw context.Error(context.Step["data"] is null ? "\"data\" is required." : "\"data\" must be an array of content items.");
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject item) throw context.Error($"data[{i}] is not an object.");
            if (item["ContentType"] is not JsonValue type || !type.TryGetValue<string>(out var name) || name.Length == 0)
                throw context.Error($"data[{i}] has no ContentType.");
            if (await definitions.GetTypeAsync(name, cancellationToken) is null)
            {
                // Orchard recipes carry items of types other modules define (Menu, widgets): name them, skip them.
                context.Report.Skip(context.Name, "content-item", name, $"data[{i}] ({(string?)item["ContentItemId"]}): content type {name} is not defined");
                continue;
            }
            try
            {
                await contentManager.ImportAsync(item, cancellationToken);
            }
            catch (ContentValidationException e)
            {
                var errors = string.Join("; ", e.Errors.Select(kv => $"{kv.Key}: {string.Join(" ", kv.Value)}"));
                throw context.Error($"data[{i}] ({name} {(string?)item["ContentItemId"]}): {errors}");
            }
            context.Report.Count("content items");
        }
    }
}
