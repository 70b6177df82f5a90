using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>One zeebe:input or zeebe:output: the source expression and the (possibly dotted) target name.</summary>
internal sealed record VariableMapping(FeelExpression Source, string Target);
