namespace OrchardCommerce.Recipes.Services;

/// <summary>Runs one kind of recipe step (by its "name"); modules register one per step they own.</summary>
public interface IRecipeStepHandler
{
    /// <summary>The step's name as recipes spell it, compared case-insensitively ("ContentDefinition").</summary>
    string Name { get; }

    /// <summary>
    /// Applies the step inside the recipe's unit of work (the scope's DbSession): throw RecipeException for bad
    /// input; report what is skipped through <see cref="RecipeStepContext.Report"/>.
    /// </summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
