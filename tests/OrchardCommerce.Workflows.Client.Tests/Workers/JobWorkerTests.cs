using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;
using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>A hosted worker against the test cluster: activation, handler outcomes, limits (reference §3.2 job worker).</summary>
public sealed class JobWorkerTests : IClassFixture<TestServerFixture>
{
    private readonly CamundaTestServer _server;
    private readonly TestJobQueue _queue = new();
    private readonly HandlerProbe _probe = new();
    private readonly string _type = $"test.{Guid.NewGuid():N}";

    public JobWorkerTests(TestServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset();
        _queue.Serve(_server);
    }

    [Fact]
    public async Task Worker_HandlerCompletes_CompletesEachJobWithItsVariables()
    {
        using var metrics = new MeasurementRecorder(_type);
        _probe.Behaviour = (job, _) => Task.FromResult(JobResult.Complete(new JsonObject { ["handled"] = job.Variables["orderId"]!.DeepClone() }));
        var keys = new[] { _queue.Add(_type, variables: new JsonObject { ["orderId"] = "o-1" }), _queue.Add(_type, variables: new JsonObject { ["orderId"] = "o-2" }) };
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe);

        await _queue.WaitForOutcomesAsync(2);

        _queue.Outcomes.Select(o => (o.Kind, o.JobKey)).Should().BeEquivalentTo(keys.Select(k => ("completion", k)));
        _queue.Outcomes.Select(o => o.Body!["variables"]!["handled"]!.GetValue<string>()).Should().BeEquivalentTo("o-1", "o-2");
        var activation = _queue.Activations.First();
        JsonAssert.Equal($$"""
            {"type":"{{_type}}","worker":"test-worker","timeout":300000,"maxJobsToActivate":32,"requestTimeout":1000,"tenantIds":["<default>"]}
            """, activation);
        await host.WaitUntilAsync(_type, s => s.Completed == 2);
        host.Monitor.GetStatus(_type)!.LastActivation.Should().NotBeNull();
        metrics.Sum("workflow.jobs.activated").Should().Be(2);
        metrics.Sum("workflow.jobs.completed").Should().Be(2);
        metrics.Count("workflow.jobs.handler.duration").Should().Be(2);
    }

    [Fact]
    public async Task Worker_HandlerThrows_FailsJobWithOneRetryLessAndTheMessage()
    {
        using var metrics = new MeasurementRecorder(_type);
        _probe.Behaviour = (_, _) => throw new InvalidOperationException("payment provider unreachable");
        var three = _queue.Add(_type, retries: 3);
        var one = _queue.Add(_type, retries: 1);
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe);

        await _queue.WaitForOutcomesAsync(2);

        var outcomes = _queue.Outcomes.ToDictionary(o => o.JobKey);
        outcomes[three].Kind.Should().Be("failure");
        JsonAssert.Equal("""{"retries":2,"errorMessage":"payment provider unreachable"}""", outcomes[three].Body);
        JsonAssert.Equal("""{"retries":0,"errorMessage":"payment provider unreachable"}""", outcomes[one].Body);
        await host.WaitUntilAsync(_type, s => s.Failed == 2);
        metrics.Sum("workflow.jobs.failed").Should().Be(2);
    }

    [Fact]
    public async Task Worker_HandlerThrowsBpmnError_ThrowsErrorInsteadOfFailing()
    {
        using var metrics = new MeasurementRecorder(_type);
        _probe.Behaviour = (_, _) => throw new BpmnErrorException("InvalidCreditCard", "card expired", new JsonObject { ["reason"] = "expired" });
        var key = _queue.Add(_type);
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe);

        await _queue.WaitForOutcomesAsync(1);

        var outcome = _queue.Outcomes.Single();
        (outcome.Kind, outcome.JobKey).Should().Be(("error", key));
        JsonAssert.Equal("""{"errorCode":"InvalidCreditCard","errorMessage":"card expired","variables":{"reason":"expired"}}""", outcome.Body);
        await host.WaitUntilAsync(_type, s => s.ErrorsThrown == 1);
        metrics.Sum("workflow.jobs.errors_thrown").Should().Be(1);
    }

    [Fact]
    public async Task Worker_ResultFailWithBackOff_SendsRetriesAndBackOff()
    {
        _probe.Behaviour = (job, _) => Task.FromResult(job.Retries == 3
            ? JobResult.Fail("stock service busy", retryBackOff: TimeSpan.FromSeconds(5))
            : JobResult.Fail("give up", retries: 0));
        var defaulted = _queue.Add(_type, retries: 3);
        var explicitZero = _queue.Add(_type, retries: 2);
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe);

        await _queue.WaitForOutcomesAsync(2);

        var outcomes = _queue.Outcomes.ToDictionary(o => o.JobKey);
        JsonAssert.Equal("""{"retries":2,"errorMessage":"stock service busy","retryBackOff":5000}""", outcomes[defaulted].Body);
        JsonAssert.Equal("""{"retries":0,"errorMessage":"give up"}""", outcomes[explicitZero].Body);
    }

    [Fact]
    public async Task Worker_ManyJobs_NeverHoldsMoreThanMaxJobsActiveNorRunsMoreThanConcurrency()
    {
        _probe.Behaviour = async (_, ct) =>
        {
            await Task.Delay(30, ct);
            return JobResult.Complete();
        };
        for (var i = 0; i < 20; i++) _queue.Add(_type);
        await using var host = await WorkerHost.StartAsync(_server, _type, _probe, o => { o.MaxJobsActive = 4; o.Concurrency = 2; });

        await _queue.WaitForOutcomesAsync(20);

        _queue.Outcomes.Should().HaveCount(20).And.OnlyContain(o => o.Kind == "completion");
        _queue.MaxOut.Should().Be(4, "the worker fills its capacity but never exceeds it");
        _probe.MaxRunning.Should().Be(2);
        _queue.Activations.Should().OnlyContain(a => a["maxJobsToActivate"]!.GetValue<int>() >= 1 && a["maxJobsToActivate"]!.GetValue<int>() <= 4);
    }

    [Fact]
    public void AddJobWorker_InvalidOrDuplicate_Throws()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddJobWorker<ProbeHandler>(_type);

        var duplicate = () => services.AddJobWorker<ProbeHandler>(_type);
        var invalid = () => services.AddJobWorker<ProbeHandler>("other", o => o.MaxJobsActive = 0);

        duplicate.Should().Throw<InvalidOperationException>().WithMessage($"*'{_type}' is already registered*");
        invalid.Should().Throw<ArgumentException>().WithMessage("Job worker 'other': MaxJobsActive must be at least 1, was 0.");
    }
}
