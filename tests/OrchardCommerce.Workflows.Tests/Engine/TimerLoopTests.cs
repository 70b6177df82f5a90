using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>The timer loop on the real clock, which (unlike the harness's manual one) moves between any two reads.</summary>
public sealed class TimerLoopTests
{
    [Fact]
    public async Task SomethingDueInAnHour_OnTheRealClock_LoopArmsOneTimerAndSleeps()
    {
        // Arrange: an instance waiting on a one-hour timer, so the loop has a due time to sleep towards.
        var clock = new TimerCountingClock();
        var file = Path.Combine(Path.GetTempPath(), $"wf-{Guid.NewGuid():N}.db");
        var engine = new WorkflowEngine(new WorkflowEngineOptions { ConnectionString = $"Data Source={file}" }, clock);
        try
        {
            await engine.StartAsync();
            await engine.DeployAsync([new DeploymentResource("timers.bpmn", EngineHarness.Read("timers.bpmn"))]);
            await engine.CreateInstanceAsync(new CreateInstanceRequest
            {
                BpmnProcessId = "timers", Variables = JsonNode.Parse("""{"delay": "PT1H"}""")!.AsObject(),
            });
            await Task.Delay(100);
            var armed = clock.TimersCreated;

            // Act
            await Task.Delay(500);

            // Assert: nothing changed in that half second, so nothing was armed again (the loop once re-armed
            // whenever the clock had moved while it armed, i.e. always, and spun a core).
            (clock.TimersCreated - armed).Should().Be(0);
        }
        finally
        {
            await engine.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }

    private sealed class TimerCountingClock : TimeProvider
    {
        private int _timers;

        public int TimersCreated => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return System.CreateTimer(callback, state, dueTime, period);
        }
    }
}
