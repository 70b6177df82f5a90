namespace OrchardCommerce.Workflows.Client;

/// <summary>401 or 403: missing or rejected credentials, or no permission.</summary>
public sealed class CamundaUnauthorizedException(CamundaProblem problem, Exception? inner = null)
    : CamundaProblemException(problem, inner);
