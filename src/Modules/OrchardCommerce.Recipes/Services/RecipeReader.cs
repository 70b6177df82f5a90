using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// Parses Orchard Core recipe files: JSON with comments and trailing commas, property names matched
/// case-insensitively (Orchard's own recipes spell "issetuprecipe" and "IsSetupRecipe" both ways).
/// </summary>
public sealed class RecipeReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(text, Path.GetFileName(path));
    }

    public async Task<RecipeDescriptor> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream);
        return Parse(await reader.ReadToEndAsync(cancellationToken), fileName);
    }

    /// <exception cref="RecipeException">The text is not JSON, or not shaped like a recipe.</exception>
    public RecipeDescriptor Parse(string text, string fileName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, NodeOptions, DocumentOptions);
            // Children materialize lazily; walking them now surfaces duplicate keys here, not in a step.
            root?.ToJsonString();
        }
        catch (JsonException exception)
        {
            // JsonException counts lines from 0.
            var line = exception.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new RecipeException(fileName, line, "malformed JSON: " + FirstSentence(exception.Message), exception);
        }
        catch (ArgumentException exception)
        {
            throw new RecipeException(fileName, null, "malformed JSON: " + exception.Message, exception);
        }

        if (root is not JsonObject recipe) throw new RecipeException(fileName, 1, "a recipe must be a JSON object");
        return new RecipeDescriptor
        {
            FileName = fileName,
            Name = String(recipe, "name", fileName) ?? DefaultName(fileName),
            DisplayName = String(recipe, "displayName", fileName),
            Description = String(recipe, "description", fileName),
            Author = String(recipe, "author", fileName),
            Website = String(recipe, "website", fileName),
            Version = String(recipe, "version", fileName),
            IsSetupRecipe = recipe["issetuprecipe"] is JsonValue setup && setup.GetValueKind() == JsonValueKind.True,
            Categories = Strings(recipe, "categories"),
            Tags = Strings(recipe, "tags"),
            Variables = recipe["variables"] as JsonObject ?? [],
            Steps = RecipeStepsValidator.Validate(recipe, fileName),
            SourceText = text,
        };
    }

    private static string? String(JsonObject recipe, string property, string fileName) => recipe[property] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw new RecipeException(fileName, null, $"\"{property}\" must be a string"),
    };

    private static string[] Strings(JsonObject recipe, string property) =>
        recipe[property] is JsonArray array
            ? array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToArray()
            : [];

    private static string DefaultName(string fileName) =>
        fileName.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase) ? fileName[..^".recipe.json".Length] : fileName;

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: … | BytePositionInLine: …"; the line is reported separately.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
