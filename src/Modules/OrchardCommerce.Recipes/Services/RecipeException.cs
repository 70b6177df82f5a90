namespace OrchardCommerce.Recipes.Services;

/// <summary>A recipe that cannot be run: names the file, the line when known, and the reason.</summary>
public sealed class RecipeException(string file, int? line, string reason, Exception? inner = null)
    : Exception($"{file}{(line is { } l ? $", line {l}" : "")}: {reason}", inner)
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
