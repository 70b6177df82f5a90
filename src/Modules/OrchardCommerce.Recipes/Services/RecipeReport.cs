namespace OrchardCommerce.Recipes.Services;

/// <summary>What a recipe run did and what it skipped, by name: never silently dropped.</summary>
public sealed class RecipeReport
{
    public List<string> StepsRun { get; } = [];
    public List<string> UnknownSteps { get; } = [];
    public List<string> UnknownFeatures { get; } = [];
    public List<string> EnabledFeatures { get; } = [];
    /// <summary>Parts, field kinds, settings and the like a step met and does not support ("part FlowPart on type Blog").</summary>
    public List<RecipeSkip> Skipped { get; } = [];
    public Dictionary<string, int> Counts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Skip(string step, string kind, string name, string detail) => Skipped.Add(new RecipeSkip(step, kind, name, detail));

    public void Count(string what, int by = 1) => Counts[what] = Counts.GetValueOrDefault(what) + by;
}

/// <param name="Kind">What was skipped: "part", "field", "setting", "content-type", …</param>
public sealed record RecipeSkip(string Step, string Kind, string Name, string Detail);
