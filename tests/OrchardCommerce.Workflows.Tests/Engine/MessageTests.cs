using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class MessageTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("messages.bpmn", "message-start.bpmn", "boundary-message.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<PublishedMessage> PublishAsync(string name, string key, TimeSpan ttl = default, string? id = null, string? variables = null) =>
        _harness.Engine.PublishMessageAsync(new PublishMessageRequest
        {
            Name = name, CorrelationKey = key, TimeToLive = ttl, MessageId = id,
            Variables = variables is null ? null : JsonNode.Parse(variables)!.AsObject(),
        });

    [Fact]
    public async Task Publish_OpenSubscription_CorrelatesAndMergesVariables()
    {
        // Arrange
        var key = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");

        // Act
        await PublishAsync("payment-received", "A-1", variables: """{"amount": 30}""");

        // Assert
        (await _harness.NextJobAsync("ship")).ProcessInstanceKey.Should().Be(key);
        (await _harness.VariablesAsync(key))["amount"].Should().Be("30");
    }

    [Fact]
    public async Task Publish_OtherCorrelationKey_DoesNotCorrelate()
    {
        // Arrange
        await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");

        // Act
        await PublishAsync("payment-received", "B-2");

        // Assert
        (await _harness.ActivateAsync("ship")).Should().BeEmpty();
    }

    [Fact]
    public async Task Publish_BeforeSubscription_IsBufferedAndTakenFifo()
    {
        // Arrange
        await PublishAsync("payment-received", "A-1", TimeSpan.FromMinutes(5), variables: """{"attempt": 1}""");
        await PublishAsync("payment-received", "A-1", TimeSpan.FromMinutes(5), variables: """{"attempt": 2}""");

        // Act
        var first = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");
        var second = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");

        // Assert: each message reaches the process once, so each instance gets a different one, oldest first.
        (await _harness.VariablesAsync(first))["attempt"].Should().Be("1");
        (await _harness.VariablesAsync(second))["attempt"].Should().Be("2");
    }

    [Fact]
    public async Task Publish_TimeToLivePassed_MessageIsGone()
    {
        // Arrange
        await PublishAsync("payment-received", "A-1", TimeSpan.FromMinutes(1));
        _harness.Time.Advance(TimeSpan.FromMinutes(2));
        await Task.Delay(50);

        // Act
        var key = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");

        // Assert
        (await _harness.ActivateAsync("ship")).Should().BeEmpty();
        (await _harness.Engine.GetInstanceProgressAsync(key)).ActiveElements.Keys.Should().Equal("paid");
    }

    [Fact]
    public async Task Publish_SameMessageIdWhileBuffered_IsAlreadyExistsUntilItExpires()
    {
        // Arrange
        await PublishAsync("payment-received", "A-1", TimeSpan.FromMinutes(1), "pay-1");

        // Act
        var duplicate = await Record.ExceptionAsync(() => PublishAsync("payment-received", "A-1", TimeSpan.FromMinutes(1), "pay-1"));
        _harness.Time.Advance(TimeSpan.FromMinutes(2));
        await Task.Delay(50);
        var later = await PublishAsync("payment-received", "A-1", TimeSpan.FromMinutes(1), "pay-1");

        // Assert
        var rejection = duplicate.Should().BeOfType<WorkflowRejection>().Subject;
        rejection.StatusCode.Should().Be(409);
        rejection.Detail.Should().Be("Command 'PUBLISH' rejected with code 'ALREADY_EXISTS': Expected to publish a new message with id 'pay-1', but a message with that id was already published");
        later.MessageKey.Should().BePositive();
    }

    [Fact]
    public async Task Publish_TwoInstancesWaiting_CorrelatesOncePerProcess()
    {
        // Arrange
        var first = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");
        await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");

        // Act
        await PublishAsync("payment-received", "A-1");

        // Assert
        var jobs = await _harness.ActivateAsync("ship");
        jobs.Should().ContainSingle().Which.ProcessInstanceKey.Should().Be(first);
    }

    [Fact]
    public async Task ReceiveTask_WithOutputMapping_KeepsMessageVariablesLocal()
    {
        // Arrange
        var key = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");
        await PublishAsync("payment-received", "A-1");
        await _harness.CompleteAsync(await _harness.NextJobAsync("ship"));

        // Act
        await PublishAsync("shipped", "A-1", variables: """{"carrier": "DHL", "tracking": "T-9"}""");

        // Assert
        var variables = await _harness.VariablesAsync(key);
        variables["shippedBy"].Should().Be("\"DHL\"");
        variables.Should().NotContainKey("tracking");
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
    }

    [Fact]
    public async Task MessageStart_CorrelationKeyRule_OneActiveInstancePerKeyThenTheBufferedOne()
    {
        // Act
        await PublishAsync("order-placed", "A-1", TimeSpan.FromHours(1), variables: """{"n": 1}""");
        await PublishAsync("order-placed", "A-1", TimeSpan.FromHours(1), variables: """{"n": 2}""");
        await PublishAsync("order-placed", "", variables: """{"n": 3}""");
        var running = await _harness.Engine.SearchInstancesAsync(new InstanceQuery { BpmnProcessId = "message-start" });
        var firstJob = (await _harness.ActivateAsync("handle")).Single(j => j.Variables["n"]!.GetValue<int>() == 1);
        await _harness.CompleteAsync(firstJob);

        // Assert
        running.TotalItems.Should().Be(2);
        var next = await _harness.NextJobAsync("handle");
        next.Variables["n"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task Correlate_NoSubscription_IsNotFoundInZeebeWords()
    {
        // Act
        var act = () => _harness.Engine.CorrelateMessageAsync("payment-received", "nobody", null);

        // Assert
        var rejection = (await act.Should().ThrowAsync<WorkflowRejection>()).Which;
        rejection.StatusCode.Should().Be(404);
        rejection.Detail.Should().Be("Command 'CORRELATE' rejected with code 'NOT_FOUND': Expected to find subscription for message with name 'payment-received' and correlation key 'nobody', but none was found.");
    }

    [Fact]
    public async Task Correlate_OpenSubscriptionOrStartEvent_ReturnsTheInstance()
    {
        // Arrange
        var key = await _harness.CreateAsync("messages", """{"orderId": "A-1"}""");

        // Act
        var caught = await _harness.Engine.CorrelateMessageAsync("payment-received", "A-1", null);
        var started = await _harness.Engine.CorrelateMessageAsync("order-placed", "B-1", new JsonObject { ["n"] = 9 });

        // Assert
        caught.ProcessInstanceKey.Should().Be(key);
        (await _harness.InstanceAsync(started.ProcessInstanceKey)).BpmnProcessId.Should().Be("message-start");
    }

    [Fact]
    public async Task BoundaryMessage_NonInterrupting_RunsAlongsideTheTask()
    {
        // Arrange
        var key = await _harness.CreateAsync("boundary-message", """{"orderId": "A-1"}""");

        // Act
        await PublishAsync("add-note", "A-1");
        await PublishAsync("add-note", "A-1");

        // Assert
        (await _harness.ActivateAsync("note")).Should().HaveCount(2);
        (await _harness.ActivateAsync("pack")).Should().ContainSingle().Which.ProcessInstanceKey.Should().Be(key);
    }

    [Fact]
    public async Task BoundaryMessage_Interrupting_CancelsTheTaskAndItsJob()
    {
        // Arrange
        var key = await _harness.CreateAsync("boundary-message", """{"orderId": "A-1"}""");
        var pack = await _harness.NextJobAsync("pack");

        // Act
        await PublishAsync("cancel-order", "A-1");

        // Assert
        (await Record.ExceptionAsync(() => _harness.CompleteAsync(pack))).Should().BeOfType<WorkflowRejection>();
        await _harness.CompleteAsync(await _harness.NextJobAsync("refund"));
        (await _harness.InstanceAsync(key)).State.Should().Be("COMPLETED");
        (await _harness.Engine.GetInstanceProgressAsync(key)).CompletedElements.Should().ContainKeys("cancelled", "refund", "endCancelled");
    }
}
