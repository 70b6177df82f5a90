using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Recipes.Tests.Support;

namespace OrchardCommerce.Recipes.Tests.Services;

public abstract class RecipeExecutorTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.CreateAsync(provider);

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    private Task<RecipeReport> ExecuteAsync(string text) => _tenant.InScopeAsync(sp =>
        sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(new RecipeReader().Parse(text, "test.recipe.json")));

    [Fact]
    public async Task Execute_KnownAndUnknownSteps_RunsKnownAndReportsUnknown()
    {
        var report = await ExecuteAsync("""
            { "steps": [
              { "name": "writeRow", "value": "a" },
              { "name": "themes", "admin": "TheAdmin" },
              { "name": "Layers" },
              { "name": "writeRow", "value": "b" } ] }
            """);

        report.StepsRun.Should().Equal("writeRow", "writeRow");
        report.UnknownSteps.Should().Equal("themes", "Layers");
        report.Counts["rows"].Should().Be(2);
        (await _tenant.RowsAsync()).Should().Equal("a", "b");
    }

    [Fact]
    public async Task Execute_SecondStepFails_RollsBackFirstStep()
    {
        var act = () => ExecuteAsync("""
            { "steps": [ { "name": "writeRow", "value": "kept?" }, { "name": "fail" }, { "name": "writeRow", "value": "never" } ] }
            """);

        var error = (await act.Should().ThrowAsync<RecipeException>()).Which;
        error.File.Should().Be("test.recipe.json");
        error.Reason.Should().Be("step 2 (fail): the fail step failed");
        (await _tenant.RowsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Execute_StepThrowsRecipeException_KeepsItsMessageAndRollsBack()
    {
        var act = () => ExecuteAsync("""{ "steps": [ { "name": "writeRow", "value": "a" }, { "name": "writeRow" } ] }""");

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Be("step 2 (writeRow): \"value\" is required");
        (await _tenant.RowsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Execute_FailingExpressionInLastStep_WritesNothing()
    {
        var act = () => ExecuteAsync("""
            { "steps": [ { "name": "writeRow", "value": "a" }, { "name": "writeRow", "value": "[js: variables('missing')]" } ] }
            """);

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Contain("variable 'missing' is not defined");
        (await _tenant.RowsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Execute_Variables_WritesExpandedValues()
    {
        await ExecuteAsync("""
            { "variables": { "prefix": "[js: 'item-' + (2 * 3)]" },
              "steps": [ { "name": "writeRow", "value": "[js: variables('prefix')]" } ] }
            """);

        (await _tenant.RowsAsync()).Should().Equal("item-6");
    }
}

public sealed class SqliteRecipeExecutorTests() : RecipeExecutorTests(DatabaseProvider.Sqlite);

public sealed class PostgresRecipeExecutorTests() : RecipeExecutorTests(DatabaseProvider.Postgres);
