namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>The executable processes of one resource, or the reasons it cannot be deployed.</summary>
internal sealed record BpmnParseResult(IReadOnlyList<BpmnProcess> Processes, IReadOnlyList<BpmnValidationError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
