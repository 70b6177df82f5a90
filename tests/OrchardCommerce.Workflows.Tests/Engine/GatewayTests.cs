using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class GatewayTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("script-gateway.bpmn", "no-default.bpmn", "parallel.bpmn", "inclusive.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData(30, 5, "big")]
    [InlineData(3, 5, "small")]
    public async Task ExclusiveGateway_ScriptResult_TakesMatchingOrDefaultFlow(int price, int qty, string expected)
    {
        // Arrange
        var key = await _harness.CreateAsync("script-gateway", $$"""{"price": {{price}}, "qty": {{qty}}}""");

        // Act
        var job = await _harness.NextJobAsync(expected);

        // Assert
        job.ProcessInstanceKey.Should().Be(key);
        (await _harness.VariablesAsync(key))["total"].Should().Be((price * qty).ToString());
    }

    [Fact]
    public async Task ExclusiveGateway_NoConditionTrueAndNoDefault_RaisesConditionErrorUntilFixed()
    {
        // Arrange
        var key = await _harness.CreateAsync("no-default", """{"kind": "c", "amount": 1}""");
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();

        // Act
        await _harness.Engine.SetVariablesAsync(key, new JsonObject { ["amount"] = 50 }, false);
        await _harness.Engine.ResolveIncidentAsync(incident.IncidentKey);

        // Assert
        incident.ErrorType.Should().Be("CONDITION_ERROR");
        incident.ErrorMessage.Should().Be("Expected at least one condition to evaluate to true, or to have a default flow");
        incident.ElementId.Should().Be("route");
        (await _harness.ActivateAsync("b")).Should().ContainSingle();
    }

    [Fact]
    public async Task ExclusiveGateway_ConditionNotBoolean_RaisesExtractValueError()
    {
        // Arrange: amount is missing, so "amount > 10" is null.
        var key = await _harness.CreateAsync("no-default", """{"kind": "c"}""");

        // Act
        var instance = await _harness.InstanceAsync(key);

        // Assert
        instance.HasIncident.Should().BeTrue();
        var incident = (await _harness.Engine.SearchIncidentsAsync(new IncidentQuery { ProcessInstanceKey = key })).Items.Single();
        incident.ErrorType.Should().Be("EXTRACT_VALUE_ERROR");
        incident.ErrorMessage.Should().Be("Expected result of the expression 'amount > 10' to be 'BOOLEAN', but was 'NULL'.");
    }

    [Fact]
    public async Task ParallelGateway_JoinWaitsForEveryBranch()
    {
        // Arrange
        var key = await _harness.CreateAsync("parallel");
        var a = await _harness.NextJobAsync("a");
        var b = await _harness.NextJobAsync("b");

        // Act
        await _harness.CompleteAsync(a, """{"fromA": 1}""");
        var afterOne = await _harness.ActivateAsync("c");
        await _harness.CompleteAsync(b, """{"fromB": 2}""");
        var afterBoth = await _harness.ActivateAsync("c");

        // Assert
        afterOne.Should().BeEmpty();
        var c = afterBoth.Should().ContainSingle().Subject;
        c.Variables.ToJsonString().Should().Be("""{"fromA":1,"fromB":2}""");
        await _harness.CompleteAsync(c);
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
    }

    [Fact]
    public async Task InclusiveGateway_TakesTrueBranchesAndJoinsOnlyThose()
    {
        // Arrange
        var key = await _harness.CreateAsync("inclusive", """{"options": ["b"]}""");

        // Act
        var a = await _harness.ActivateAsync("a");
        var b = await _harness.NextJobAsync("b");
        await _harness.CompleteAsync(b);

        // Assert
        a.Should().BeEmpty();
        (await _harness.NextJobAsync("c")).ProcessInstanceKey.Should().Be(key);
    }

    [Fact]
    public async Task InclusiveGateway_TwoBranches_JoinWaitsForBoth()
    {
        // Arrange
        await _harness.CreateAsync("inclusive", """{"options": ["a", "b"]}""");
        var a = await _harness.NextJobAsync("a");
        var b = await _harness.NextJobAsync("b");

        // Act
        await _harness.CompleteAsync(a);
        var afterOne = await _harness.ActivateAsync("c");
        await _harness.CompleteAsync(b);

        // Assert
        afterOne.Should().BeEmpty();
        await _harness.NextJobAsync("c");
    }

    [Fact]
    public async Task InclusiveGateway_NoConditionTrue_TakesDefaultStraightToJoin()
    {
        // Act
        var key = await _harness.CreateAsync("inclusive", """{"options": []}""");

        // Assert
        (await _harness.NextJobAsync("c")).ProcessInstanceKey.Should().Be(key);
    }
}
