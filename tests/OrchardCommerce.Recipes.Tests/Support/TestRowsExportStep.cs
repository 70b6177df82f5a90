using System.Text.Json.Nodes;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>Exports test_rows as "writeRow" steps, after the settings.</summary>
public sealed class TestRowsExportStep(DbSession session) : IRecipeExportStep
{
    public int Order => 10;

    public async Task ExportAsync(JsonArray steps, CancellationToken cancellationToken)
    {
        foreach (var value in await WriteRowStep.ReadAllAsync(session))
            steps.Add(new JsonObject { ["name"] = WriteRowStep.StepName, ["value"] = value });
    }
}
