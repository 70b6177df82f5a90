using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>Test step "fail": throws a plain exception, as a buggy handler would.</summary>
public sealed class FailStep : IRecipeStepHandler
{
    public string Name => "fail";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the fail step failed");
}
