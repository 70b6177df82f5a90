namespace OrchardCommerce.Workflows.Client;

/// <summary>404 Not Found: the key or the process is unknown, or the job was completed by another worker.</summary>
public sealed class CamundaNotFoundException(CamundaProblem problem, Exception? inner = null)
    : CamundaProblemException(problem, inner);
