using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>A worker when the cluster is idle, down or the loop itself breaks: back-off, quiet logs, restarts, health.</summary>
public sealed class JobWorkerSupervisionTests : IClassFixture<TestServerFixture>
{
    private const string WorkerLogs = "OrchardCommerce.Workflows.Client.Workers";

    private readonly CamundaTestServer _server;
    private readonly TestJobQueue _queue = new();
    private readonly HandlerProbe _probe = new();
    private readonly string _type = $"test.{Guid.NewGuid():N}";

    public JobWorkerSupervisionTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _queue.Serve(_server);
    }

    [Fact]
    public async Task Worker_ServerAnswersEmptyAtOnce_BacksOffWithoutLogging()
    {
        _queue.NoLongPolling = true;
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe);

        await Task.Delay(1500);

        // Back-off 20 ms doubling to 200 ms: about a dozen polls in 1.5 s, where a spinning loop makes thousands.
        _queue.Activations.Count.Should().BeInRange(4, 25);
        host.Monitor.GetStatus(_type)!.State.Should().Be(JobWorkerState.Idle);
        host.Logs.MessagesFrom(WorkerLogs).Should().ContainSingle().Which.Should().StartWith("Job workers started");
    }

    [Fact]
    public async Task Worker_IdleAfterLongPoll_PicksUpNewJobAtOnce()
    {
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe, o => o.PollTimeout = TimeSpan.FromMilliseconds(300));
        await host.WaitUntilAsync(_type, s => s.State == JobWorkerState.Idle);

        var key = _queue.Add(_type);
        await _queue.WaitForOutcomesAsync(1, TimeSpan.FromSeconds(2));

        _queue.Outcomes.Single().JobKey.Should().Be(key);
    }

    [Fact]
    public async Task Worker_ClusterFailsThenRecovers_LogsOnceEachWayAndCountsFailures()
    {
        using var metrics = new MeasurementRecorder(_type);
        _server.Route("POST", "/v2/jobs/activation", ScriptedResponse.Problem(503, "UNAVAILABLE", "No leader for partition 1"));
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe);
        await host.WaitUntilAsync(_type, s => s.PollFailures >= 5);
        host.Monitor.GetStatus(_type)!.State.Should().Be(JobWorkerState.Failing);
        host.Monitor.GetStatus(_type)!.LastError.Should().Contain("No leader for partition 1");

        _server.Reset();
        _queue.Serve(_server);
        var key = _queue.Add(_type);
        await _queue.WaitForOutcomesAsync(1);

        _queue.Outcomes.Single().JobKey.Should().Be(key);
        var lines = host.Logs.MessagesFrom(WorkerLogs).ToList();
        lines.Should().HaveCount(3);
        lines[1].Should().Be($"Job worker {_type}: activating jobs failed; retrying with back-off (logged again on recovery)");
        lines[2].Should().StartWith($"Job worker {_type}: activating jobs works again after ");
        metrics.Sum("workflow.worker.poll_failures").Should().BeGreaterThanOrEqualTo(5);
        host.Monitor.GetStatus(_type)!.FailingSince.Should().BeNull();
    }

    [Fact]
    public async Task Worker_LoopDies_IsRestartedLoggedAndCounted()
    {
        using var metrics = new MeasurementRecorder(_type);
        var builds = 0;
        var key = _queue.Add(_type);
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe,
            http: b => b.ConfigureHttpClient(_ =>
            {
                if (Interlocked.Increment(ref builds) == 1) throw new InvalidOperationException("client configuration broke");
            }));

        await _queue.WaitForOutcomesAsync(1);

        _queue.Outcomes.Single().JobKey.Should().Be(key, "the restarted loop picks the job up");
        var status = host.Monitor.GetStatus(_type)!;
        status.Restarts.Should().Be(1);
        status.StoppedUnexpectedly.Should().BeFalse();
        status.LastError.Should().Be("InvalidOperationException: client configuration broke");
        metrics.Sum("workflow.worker.restarts").Should().Be(1);
        host.Logs.Lines.Should().ContainSingle(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error)
            .Which.Message.Should().StartWith($"Job worker {_type} died; restarting in ");
    }

    [Fact]
    public async Task HealthCheck_FailingLongerThanThreshold_Unhealthy()
    {
        _server.Route("POST", "/v2/jobs/activation", ScriptedResponse.Problem(401, "UNAUTHORIZED", "invalid token"));
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe);
        var health = host.Host.Services.GetRequiredService<HealthCheckService>();
        await host.WaitUntilAsync(_type, s => s.State == JobWorkerState.Failing);
        var early = await health.CheckHealthAsync();

        await Task.Delay(2500);
        var late = await health.CheckHealthAsync();

        early.Entries["workflow-workers"].Status.Should().Be(HealthStatus.Healthy, "a short outage is not yet a problem");
        late.Entries["workflow-workers"].Status.Should().Be(HealthStatus.Unhealthy);
        late.Entries["workflow-workers"].Description.Should().Contain($"{_type}: failing since").And.Contain("invalid token");
    }

    [Fact]
    public async Task HealthCheck_LoopDiedAndNotRunning_Unhealthy()
    {
        var monitor = new JobWorkerMonitor(TimeProvider.System);
        monitor.Register(_type, "w");
        monitor.Started(_type);
        var check = new JobWorkerHealthCheck(monitor, TimeProvider.System, TimeSpan.FromMinutes(1));
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("workflow-workers", check, HealthStatus.Unhealthy, null) };
        var healthy = await check.CheckHealthAsync(context);

        monitor.Died(_type, new InvalidOperationException("boom"));
        var dead = await check.CheckHealthAsync(context);
        monitor.Started(_type);
        var restarted = await check.CheckHealthAsync(context);

        healthy.Status.Should().Be(HealthStatus.Healthy);
        dead.Status.Should().Be(HealthStatus.Unhealthy);
        dead.Description.Should().Be($"{_type}: worker loop died (InvalidOperationException: boom)");
        restarted.Status.Should().Be(HealthStatus.Healthy);
        monitor.GetStatus(_type)!.Restarts.Should().Be(1);
    }
}
