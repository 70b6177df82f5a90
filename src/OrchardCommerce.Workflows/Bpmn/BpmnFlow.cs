using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>A sequence flow; the condition is only allowed on flows leaving exclusive and inclusive gateways.</summary>
internal sealed class BpmnFlow(string id, BpmnElement source, BpmnElement target, FeelExpression? condition)
{
    public string Id { get; } = id;

    public BpmnElement Source { get; } = source;

    public BpmnElement Target { get; } = target;

    public FeelExpression? Condition { get; } = condition;
}
