using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.Contents.Handlers;

/// <summary>A version about to be stored, its type's definition, and the validation errors handlers collect.</summary>
public sealed class ContentUpdateContext(ContentItem item, ContentTypeDefinition type, IReadOnlyDictionary<string, ContentPartDefinition> parts, bool importing)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public ContentItem Item { get; } = item;
    public ContentTypeDefinition Type { get; } = type;
    /// <summary>True for recipe imports, which keep ids, flags, owner and dates as given.</summary>
    public bool Importing { get; } = importing;
    public bool HasErrors => _errors.Count > 0;

    public void AddError(string field, string message) =>
        (_errors.TryGetValue(field, out var list) ? list : _errors[field] = []).Add(message);

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Every field of <paramref name="fieldKind"/> on the type's parts, with its value object (created when missing).</summary>
    public IEnumerable<FieldEntry> Fields(string fieldKind)
    {
        foreach (var typePart in Type.Parts)
        {
            if (!parts.TryGetValue(typePart.PartName, out var part)) continue;
            foreach (var field in part.Fields.Where(f => f.FieldName == fieldKind))
            {
                var partJson = Item.Part(typePart.Name);
                var value = partJson[field.Name] as JsonObject ?? (JsonObject)(partJson[field.Name] = new JsonObject());
                yield return new FieldEntry($"{typePart.Name}.{field.Name}", field, value);
            }
        }
    }
}

/// <param name="Path">"Product.Price": the key validation errors use.</param>
public sealed record FieldEntry(string Path, Models.ContentPartFieldDefinition Definition, JsonObject Value);
