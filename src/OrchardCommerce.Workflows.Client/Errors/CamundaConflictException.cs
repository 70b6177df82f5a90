namespace OrchardCommerce.Workflows.Client;

/// <summary>409 Conflict: the entity is in the wrong state, or a message with that id is still buffered.</summary>
public sealed class CamundaConflictException(CamundaProblem problem, Exception? inner = null)
    : CamundaProblemException(problem, inner);
