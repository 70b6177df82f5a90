namespace OrchardCommerce.Workflows.Client;

/// <summary>The cluster is still exhausted after the retries (503 or 429 RESOURCE_EXHAUSTED, or a 500 naming it).</summary>
public sealed class CamundaBackPressureException(CamundaProblem problem, Exception? inner = null)
    : CamundaProblemException(problem, inner);
