using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Services;

/// <summary>A parsed recipe file: its header, its variables and its steps, as Orchard Core writes them.</summary>
public sealed class RecipeDescriptor
{
    public required string FileName { get; init; }
    public required string Name { get; init; }
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
    public string? Website { get; init; }
    public string? Version { get; init; }
    public bool IsSetupRecipe { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public JsonObject Variables { get; init; } = [];
    /// <summary>Every step is an object with a string "name" (checked by the reader).</summary>
    public required JsonArray Steps { get; init; }
    /// <summary>The file's text, kept to point errors found after parsing (expressions) at a line.</summary>
    public string? SourceText { get; init; }

    /// <summary>A copy whose variables and steps can be changed (expanded) without touching this one.</summary>
    public RecipeDescriptor Clone() => new()
    {
        FileName = FileName,
        Name = Name,
        DisplayName = DisplayName,
        Description = Description,
        Author = Author,
        Website = Website,
        Version = Version,
        IsSetupRecipe = IsSetupRecipe,
        Categories = Categories,
        Tags = Tags,
        Variables = (JsonObject)Variables.DeepClone(),
        Steps = (JsonArray)Steps.DeepClone(),
        SourceText = SourceText,
    };

    /// <summary>The 1-based line where <paramref name="fragment"/> first occurs in the source, when it does.</summary>
    public int? LineOf(string fragment)
    {
        var index = SourceText?.IndexOf(fragment, StringComparison.Ordinal) ?? -1;
        return index < 0 ? null : SourceText!.AsSpan(0, index).Count('\n') + 1;
    }
}
