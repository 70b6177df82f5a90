namespace OrchardCommerce.Workflows.Client;

/// <summary>400 Bad Request: the request failed validation; the detail names the problem.</summary>
public sealed class CamundaBadRequestException(CamundaProblem problem, Exception? inner = null)
    : CamundaProblemException(problem, inner);
