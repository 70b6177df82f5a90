using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>Stopping the host: no more polling, running handlers finish, bounded by the shutdown timeout.</summary>
public sealed class JobWorkerShutdownTests : IClassFixture<TestServerFixture>
{
    private readonly CamundaTestServer _server;
    private readonly TestJobQueue _queue = new();
    private readonly HandlerProbe _probe = new();
    private readonly string _type = $"test.{Guid.NewGuid():N}";

    public JobWorkerShutdownTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _queue.Serve(_server);
    }

    [Fact]
    public async Task Worker_Shutdown_LetsRunningHandlerFinishAndReport()
    {
        var entered = new TaskCompletionSource();
        _probe.Behaviour = async (_, _) =>
        {
            entered.TrySetResult();
            await Task.Delay(300, CancellationToken.None);
            return JobResult.Complete();
        };
        var key = _queue.Add(_type);
        var host = await WorkerHost.StartAsync(_server, _type, _probe);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var monitor = host.Monitor;

        await host.DisposeAsync();

        var outcome = _queue.Outcomes.Should().ContainSingle().Subject;
        (outcome.Kind, outcome.JobKey).Should().Be(("completion", key));
        monitor.GetStatus(_type)!.State.Should().Be(JobWorkerState.Stopped);
        monitor.GetStatus(_type)!.StoppedUnexpectedly.Should().BeFalse();
    }

    [Fact]
    public async Task Worker_HandlerOutlivesShutdownTimeout_IsCancelledAndJobLeftToTimeOut()
    {
        var entered = new TaskCompletionSource();
        _probe.Behaviour = async (_, ct) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return JobResult.Complete();
        };
        _queue.Add(_type);
        var host = await WorkerHost.StartAsync(_server, _type, _probe, o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = host.DisposeAsync().AsTask();

        await stopping.WaitAsync(TimeSpan.FromSeconds(5));
        _queue.Outcomes.Should().BeEmpty("a job cut off by shutdown is neither completed nor failed: the cluster hands it out again");
        host.Logs.MessagesFrom("OrchardCommerce.Workflows.Client.Workers").Should().Contain(m => m.Contains("handlers still running at shutdown"));
    }
}
