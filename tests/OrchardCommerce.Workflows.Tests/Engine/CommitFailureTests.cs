using Microsoft.Data.Sqlite;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>A group whose commit fails is refused as a whole and the engine goes back to the committed state.</summary>
public sealed class CommitFailureTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync(configure: options =>
        {
            options.ConnectionString += ";Default Timeout=1";
            _connectionString = options.ConnectionString;
        });
        await _harness.DeployAsync("one-task.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Command_CommitFails_IsRefusedAndNothingOfItRemains()
    {
        // Arrange: another writer holds the database, so the engine's commit times out.
        var committed = await _harness.CreateAsync("one-task");
        var error = default(Exception);
        await using (var blocker = new SqliteConnection(_connectionString))
        {
            await blocker.OpenAsync();
            await using var command = blocker.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE";
            await command.ExecuteNonQueryAsync();

            // Act
            error = await Record.ExceptionAsync(() => _harness.CreateAsync("one-task"));
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync();
        }

        var after = await _harness.CreateAsync("one-task");

        // Assert
        error.Should().BeOfType<SqliteException>();
        var instances = await _harness.Engine.SearchInstancesAsync(new InstanceQuery());
        instances.Items.Select(i => i.ProcessInstanceKey).Should().Equal(committed, after);
        (await _harness.ActivateAsync("work")).Select(j => j.ProcessInstanceKey).Should().BeEquivalentTo([committed, after]);
    }
}
