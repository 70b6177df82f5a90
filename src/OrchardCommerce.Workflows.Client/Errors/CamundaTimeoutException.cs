namespace OrchardCommerce.Workflows.Client;

/// <summary>504 from the cluster (awaitCompletion or gateway timeout), or no answer within the client's own timeout.</summary>
public sealed class CamundaTimeoutException(CamundaProblem problem, Exception? inner = null)
    : CamundaProblemException(problem, inner);
