using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>zeebe:script: a FEEL expression evaluated by the engine itself, its result stored in a variable.</summary>
internal sealed record ScriptDefinition(FeelExpression Expression, string ResultVariable);
