namespace OrchardCommerce.Workflows.Client;

/// <summary>504 from the cluster (awaitCompletion or gateway timeout), or no answer within the client's own timeout.</summary>
public sealed class CamundaTimeoutException : CamundaProblemException
{
    public CamundaTimeoutException(CamundaProblem problem, Exception? inner = null) : base(problem, inner) { }

    /// <summary>The client gave up waiting: no answer came, so the problem is the client's own (status 504).</summary>
    internal CamundaTimeoutException(CamundaProblem problem, string message, Exception inner) : base(problem, message, inner) { }
}
