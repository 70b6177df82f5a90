namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>One problem found at deployment; ElementId null for problems of the whole document.</summary>
internal sealed record BpmnValidationError(string? ElementId, string Message);
