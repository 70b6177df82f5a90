using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>Deploy-time rejections, worded like Zeebe's: one block per resource, one entry per element.</summary>
public sealed class DeploymentValidationTests : IAsyncLifetime
{
    private const string Prefix = "Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new resources, but encountered the following errors:\n";

    private EngineHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await EngineHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private async Task<WorkflowRejection> RejectAsync(string xml, string name = "p.bpmn")
    {
        var act = () => _harness.Engine.DeployAsync([Bpmn.Resource(name, xml)]);
        var rejection = (await act.Should().ThrowAsync<WorkflowRejection>()).Which;
        rejection.Kind.Should().Be(RejectionKind.InvalidArgument);
        rejection.StatusCode.Should().Be(400);
        rejection.Title.Should().Be("INVALID_ARGUMENT");
        return rejection;
    }

    [Theory]
    [InlineData("""<bpmn:callActivity id="x"><bpmn:extensionElements><zeebe:calledElement processId="other" /></bpmn:extensionElements></bpmn:callActivity>""", "callActivity")]
    [InlineData("""<bpmn:businessRuleTask id="x" />""", "businessRuleTask")]
    [InlineData("""<bpmn:complexGateway id="x" />""", "complexGateway")]
    [InlineData("""<bpmn:transaction id="x" />""", "transaction")]
    public async Task Deploy_UnsupportedElement_IsRejectedWithItsId(string element, string type)
    {
        // Act
        var rejection = await RejectAsync(Bpmn.Around(element), "order.bpmn");

        // Assert
        rejection.Detail.Should().Be(Prefix + $"'order.bpmn': - Element: x\n    - ERROR: Elements of type '{type}' are currently not supported");
    }

    [Theory]
    [InlineData("signalEventDefinition")]
    [InlineData("escalationEventDefinition")]
    [InlineData("conditionalEventDefinition")]
    [InlineData("linkEventDefinition")]
    public async Task Deploy_UnsupportedEventDefinition_IsRejectedWithTheEventId(string definition)
    {
        // Act
        var rejection = await RejectAsync(Bpmn.Around($"""<bpmn:intermediateCatchEvent id="x"><bpmn:{definition} /></bpmn:intermediateCatchEvent>"""));

        // Assert
        rejection.Detail.Should().Be(Prefix + $"'p.bpmn': - Element: x\n    - ERROR: Elements of type 'intermediateCatchEvent' with '{definition}' are currently not supported");
    }

    [Fact]
    public async Task Deploy_BrokenFeelCondition_IsRejectedWithTheParserMessage()
    {
        // Arrange
        var xml = Bpmn.Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gw" />
            <bpmn:exclusiveGateway id="gw" default="f3" />
            <bpmn:sequenceFlow id="f2" sourceRef="gw" targetRef="end"><bpmn:conditionExpression>=total &gt; </bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f3" sourceRef="gw" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        // Act
        var rejection = await RejectAsync(xml);

        // Assert
        rejection.Detail.Should().Be(Prefix + "'p.bpmn': - Element: f2\n    - ERROR: failed to parse expression '=total >': Expected an expression at position 7 but found end of input.");
    }

    [Fact]
    public async Task Deploy_BrokenFeelMapping_IsRejected()
    {
        // Arrange
        var task = """
            <bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="t" />
            <zeebe:ioMapping><zeebe:input source="=a +* b" target="c" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>
            """;

        // Act
        var rejection = await RejectAsync(Bpmn.Around(task));

        // Assert
        rejection.Detail.Should().Contain("- Element: x\n    - ERROR: failed to parse expression '=a +* b'");
    }

    [Fact]
    public async Task Deploy_ServiceTaskWithoutType_IsRejected()
    {
        // Act
        var rejection = await RejectAsync(Bpmn.Around("""<bpmn:serviceTask id="x" />"""));

        // Assert
        rejection.Detail.Should().EndWith("- Element: x\n    - ERROR: Must have exactly one 'zeebe:taskDefinition' extension element");
    }

    [Fact]
    public async Task Deploy_ConditionOnTaskFlow_IsRejected()
    {
        // Arrange
        var xml = Bpmn.Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end"><bpmn:conditionExpression>=true</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:endEvent id="end" />
            """);

        // Act
        var rejection = await RejectAsync(xml);

        // Assert
        rejection.Detail.Should().Contain("- Element: start\n    - ERROR: Conditional sequence flow 'f1' is only supported on flows leaving an exclusive or inclusive gateway");
    }

    [Fact]
    public async Task Deploy_FlowToMissingElement_IsRejected()
    {
        // Arrange
        var xml = Bpmn.Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="nowhere" />
            """);

        // Act
        var rejection = await RejectAsync(xml);

        // Assert
        rejection.Detail.Should().Contain("- Element: f1\n    - ERROR: Sequence flow must connect two elements of the same scope, but 'start' -> 'nowhere' does not");
    }

    [Fact]
    public async Task Deploy_TwoErrorCatchesForOneCode_IsRejected()
    {
        // Arrange
        var xml = Bpmn.Definitions("""
            <bpmn:error id="e1" errorCode="DECLINED" />
            <bpmn:process id="p" isExecutable="true">
              <bpmn:startEvent id="start" />
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="x" />
              <bpmn:serviceTask id="x"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements></bpmn:serviceTask>
              <bpmn:sequenceFlow id="f2" sourceRef="x" targetRef="end" />
              <bpmn:endEvent id="end" />
              <bpmn:boundaryEvent id="b1" attachedToRef="x"><bpmn:errorEventDefinition errorRef="e1" /></bpmn:boundaryEvent>
              <bpmn:boundaryEvent id="b2" attachedToRef="x"><bpmn:errorEventDefinition errorRef="e1" /></bpmn:boundaryEvent>
              <bpmn:sequenceFlow id="f3" sourceRef="b1" targetRef="end" />
              <bpmn:sequenceFlow id="f4" sourceRef="b2" targetRef="end" />
            </bpmn:process>
            """);

        // Act
        var rejection = await RejectAsync(xml);

        // Assert
        rejection.Detail.Should().Contain("- Element: b2\n    - ERROR: Multiple error catch events with the same error code 'DECLINED' are not supported");
    }

    [Fact]
    public async Task Deploy_ProcessWithoutStartEvent_IsRejected()
    {
        // Act
        var rejection = await RejectAsync(Bpmn.Process("p", """<bpmn:endEvent id="end" />"""));

        // Assert
        rejection.Detail.Should().Be(Prefix + "'p.bpmn': - Element: p\n    - ERROR: Must have at least one start event");
    }

    [Fact]
    public async Task Deploy_MalformedXml_IsRejectedWithTheParserMessage()
    {
        // Act
        var rejection = await RejectAsync("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process>");

        // Assert
        rejection.Detail.Should().StartWith(Prefix + "'p.bpmn': Unexpected end of file");
    }

    [Fact]
    public async Task Deploy_OneBadResourceAmongGoodOnes_DeploysNothing()
    {
        // Act
        var act = () => _harness.Engine.DeployAsync([
            Bpmn.Resource("good.bpmn", Bpmn.Around(Bpmn.Task("x", "t"))),
            Bpmn.Resource("bad.bpmn", Bpmn.Around("""<bpmn:callActivity id="x" />""")),
        ]);

        // Assert
        (await act.Should().ThrowAsync<WorkflowRejection>()).Which.Detail.Should().Contain("'bad.bpmn'").And.NotContain("'good.bpmn'");
        (await _harness.Engine.SearchDefinitionsAsync(new DefinitionQuery())).TotalItems.Should().Be(0);
    }
}
