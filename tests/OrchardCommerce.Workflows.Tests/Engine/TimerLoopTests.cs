namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>The timer loop on the real clock, which (unlike the harness's manual one) moves between any two reads.</summary>
public sealed class TimerLoopTests
{
    [Fact]
    public async Task SomethingDueInAnHour_OnTheRealClock_LoopArmsOneTimerAndSleeps()
    {
        // Arrange: an instance waiting on a one-hour timer, so the loop has a due time to sleep towards.
        var clock = new TimerCountingClock();
        await using var harness = await EngineHarness.StartAsync(clock: clock);
        await harness.DeployAsync("timers.bpmn");
        await harness.CreateAsync("timers", """{"delay": "PT1H"}""");
        await Task.Delay(100);
        var armed = clock.TimersCreated;

        // Act
        await Task.Delay(500);

        // Assert: nothing changed in that half second, so nothing was armed again (the loop once re-armed whenever
        // the clock had moved while it armed, i.e. always, and spun a core).
        (clock.TimersCreated - armed).Should().Be(0);
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
