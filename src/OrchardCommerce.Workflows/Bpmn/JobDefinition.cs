using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>zeebe:taskDefinition plus zeebe:taskHeaders: what a worker needs to know (reference §5.2, §5.4).</summary>
internal sealed record JobDefinition(FeelExpression Type, FeelExpression Retries, IReadOnlyDictionary<string, string> Headers);
