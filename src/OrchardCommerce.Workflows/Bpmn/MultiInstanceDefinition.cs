using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>multiInstanceLoopCharacteristics with zeebe:loopCharacteristics (reference §5.7).</summary>
internal sealed record MultiInstanceDefinition(
    bool Sequential,
    FeelExpression InputCollection,
    string? InputElement,
    string? OutputCollection,
    FeelExpression? OutputElement,
    FeelExpression? CompletionCondition);
