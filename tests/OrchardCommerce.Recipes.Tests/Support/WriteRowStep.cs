using Dapper;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>Test step "writeRow": inserts the step's "value" into test_rows through the scope's DbSession.</summary>
public sealed class WriteRowStep(DbSession session) : IRecipeStepHandler
{
    public const string StepName = "writeRow";

    public string Name => StepName;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("INSERT INTO test_rows (value) VALUES (@value)",
            new { value = (string?)context.Step["value"] ?? throw context.Error("\"value\" is required") }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        context.Report.Count("rows");
    }

    public static async Task<List<string>> ReadAllAsync(DbSession session)
    {
        var connection = await session.GetConnectionAsync();
        return (await connection.QueryAsync<string>("SELECT value FROM test_rows ORDER BY id")).ToList();
    }
}
