using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Contents.Recipes;

/// <summary>
/// Orchard's "ContentDefinition" step: upserts parts, then types (merging part and field records by name, as
/// Orchard's AlterTypeDefinition does). Parts and Orchard field kinds we do not implement are reported and left out; a field kind
/// nobody knows is a malformed recipe.
/// </summary>
public sealed class ContentDefinitionStep(ContentDefinitionStore store) : IRecipeStepHandler
{
    public string Name => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var partsJson = Records(context, "ContentParts");
        var typesJson = Records(context, "ContentTypes");
        // Parts that hold fields (defined here or earlier) are ours to store, whatever their names.
        var definedParts = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (json, index) in partsJson.Select((j, i) => (j, i)))
        {
            var incoming = Parse(context, () => ContentPartDefinition.FromJson(json), "ContentParts", index);
            incoming.Fields = incoming.Fields.Where(field =>
            {
                if (ContentModelCatalog.IsSupportedField(field.FieldName)) return true;
                if (!ContentModelCatalog.IsKnownField(field.FieldName))
                    throw context.Error($"ContentParts[{index}] ({incoming.Name}): field {field.Name} has unknown field kind '{field.FieldName}'.");
                context.Report.Skip(context.Name, "field", field.FieldName, $"field {field.Name} on part {incoming.Name}");
                return false;
            }).ToList();
            var part = await store.GetPartAsync(incoming.Name, cancellationToken) ?? new ContentPartDefinition { Name = incoming.Name };
            if (json.ContainsKey("Settings")) part.Settings = incoming.Settings;
            part.Fields = Merge(part.Fields, incoming.Fields, f => f.Name);
            await store.SavePartAsync(part, cancellationToken);
            context.Report.Count("content parts");
        }

        foreach (var part in await store.ListPartsAsync(cancellationToken))
            if (part.Fields.Count > 0) definedParts.Add(part.Name);
        foreach (var (json, index) in typesJson.Select((j, i) => (j, i)))
        {
            var incoming = Parse(context, () => ContentTypeDefinition.FromJson(json), "ContentTypes", index);
            var kept = new List<ContentTypePartDefinition>();
            foreach (var part in incoming.Parts)
            {
                if (ContentModelCatalog.IsSupportedPart(part.PartName, incoming.Name, definedParts.Contains))
                    kept.Add(part);
                else
                    context.Report.Skip(context.Name, "part", part.PartName, $"part {part.Name} on type {incoming.Name}");
            }
            var type = await store.GetTypeAsync(incoming.Name, cancellationToken) ?? new ContentTypeDefinition { Name = incoming.Name };
            if (json.ContainsKey("DisplayName")) type.DisplayName = incoming.DisplayName;
            if (json.ContainsKey("Settings")) type.Settings = incoming.Settings;
            type.Parts = Merge(type.Parts, kept, p => p.Name);
            await store.SaveTypeAsync(type, cancellationToken);
            context.Report.Count("content types");
        }
    }

    private static List<T> Merge<T>(List<T> existing, List<T> incoming, Func<T, string> key)
    {
        var merged = existing.ToList();
        foreach (var item in incoming)
        {
            var at = merged.FindIndex(e => key(e) == key(item));
            if (at >= 0) merged[at] = item;
            else merged.Add(item);
        }
        return merged;
    }

    private static IEnumerable<JsonObject> Records(RecipeStepContext context, string key) => context.Step[key] switch
    {
        null => [],
        JsonArray array => array.Select((node, i) => node as JsonObject ?? throw context.Error($"{key}[{i}] is not an object.")).ToList(),
        _ => throw context.Error($"{key} must be an array."),
    };

    private static T Parse<T>(RecipeStepContext context, Func<T> parse, string key, int index)
    {
        try { return parse(); }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw context.Error($"{key}[{index}]: {e.Message}");
        }
    }
}
