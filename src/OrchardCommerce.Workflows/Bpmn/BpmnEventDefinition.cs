using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>
/// What triggers or is thrown by an event. Message: name and correlation key expressions (BPMN reference §5.5);
/// timer: kind and expression (§5.6); error: a static code for catch events (null = catch-all) or an expression
/// for throw events (§5.8); compensate: an optional activity reference.
/// </summary>
internal sealed record BpmnEventDefinition(BpmnEventKind Kind)
{
    public static BpmnEventDefinition None { get; } = new(BpmnEventKind.None);

    public FeelExpression? MessageName { get; init; }

    public FeelExpression? CorrelationKey { get; init; }

    public TimerKind TimerKind { get; init; }

    public FeelExpression? Timer { get; init; }

    public string? ErrorCode { get; init; }

    public FeelExpression? ErrorCodeExpression { get; init; }

    public string? ActivityRef { get; init; }
}
