using System.Text.Json.Nodes;
using OrchardCommerce.Data;

namespace OrchardCommerce.Recipes.Services;

/// <summary>
/// Runs a recipe's steps in the current tenant scope, all inside one unit of work: a failing step rolls back
/// every earlier step. "feature" steps change which services exist, so they are applied before this runs, by
/// <see cref="RecipeImporter"/>; here they only count as run.
/// </summary>
public sealed class RecipeExecutor(DbSession session, IEnumerable<IRecipeStepHandler> handlers, RecipeExpander expander)
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers =
        handlers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Expands the recipe's expressions, then runs its steps; for recipes whose features the tenant already has.</summary>
    public async Task<RecipeReport> ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        var expanded = expander.Expand(recipe, parameters);
        var report = new RecipeReport();
        await RunStepsAsync(expanded, report, cancellationToken);
        return report;
    }

    /// <summary>Runs the steps of an already expanded recipe (<see cref="RecipeExpander.Expand"/>), adding to <paramref name="report"/>.</summary>
    /// <exception cref="RecipeException">A step failed; nothing any step wrote is kept.</exception>
    public async Task RunStepsAsync(RecipeDescriptor expanded, RecipeReport report, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        for (var i = 0; i < expanded.Steps.Count; i++)
        {
            var context = new RecipeStepContext(expanded.FileName, i, (JsonObject)expanded.Steps[i]!, report);
            if (RecipeFeaturePlanner.IsFeatureStep(context.Step))
            {
                report.StepsRun.Add(context.Name);
                continue;
            }
            if (!_handlers.TryGetValue(context.Name, out var handler))
            {
                if (!report.UnknownSteps.Contains(context.Name)) report.UnknownSteps.Add(context.Name);
                continue;
            }
            try
            {
                await handler.ExecuteAsync(context, cancellationToken);
            }
            catch (RecipeException)
            {
                throw;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new RecipeException(expanded.FileName, null, $"step {i + 1} ({context.Name}): {exception.Message}", exception);
            }
            report.StepsRun.Add(context.Name);
        }
        await work.CompleteAsync(cancellationToken);
    }
}
