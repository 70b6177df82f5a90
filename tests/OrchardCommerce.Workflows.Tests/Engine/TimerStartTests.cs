namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class TimerStartTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await EngineHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task TimerStartCycle_R3_CreatesThreeInstancesAnHourApart()
    {
        // Arrange
        await _harness.DeployAsync("timer-start.bpmn");
        var created = new List<long>();

        // Act
        for (var hour = 1; hour <= 4; hour++)
        {
            _harness.Time.Advance(TimeSpan.FromHours(1));
            if (hour <= 3)
            {
                created.Add((await _harness.NextJobAsync("tick", TimeSpan.FromDays(1))).ProcessInstanceKey);
            }
        }

        await Task.Delay(100);

        // Assert
        created.Should().OnlyHaveUniqueItems().And.HaveCount(3);
        (await _harness.ActivateAsync("tick")).Should().BeEmpty();
        var instances = await _harness.Engine.SearchInstancesAsync(new() { BpmnProcessId = "timer-start" });
        instances.TotalItems.Should().Be(3);
        instances.Items.Select(i => i.StartDate).Should().Equal(
            EngineHarness.Start.AddHours(1), EngineHarness.Start.AddHours(2), EngineHarness.Start.AddHours(3));
    }
}
