namespace OrchardCommerce.Workflows.Client;

/// <summary>The cluster answered with an error; <see cref="Problem"/> carries its problem detail.</summary>
public class CamundaProblemException : Exception
{
    public CamundaProblemException(CamundaProblem problem, Exception? inner = null)
        : base(Describe(problem), inner) => Problem = problem;

    /// <summary>For a problem the client detected itself, described in its own words.</summary>
    protected CamundaProblemException(CamundaProblem problem, string message, Exception? inner)
        : base(message, inner) => Problem = problem;

    public CamundaProblem Problem { get; }

    public int Status => Problem.Status;

    private static string Describe(CamundaProblem problem)
    {
        var what = problem.Title is { Length: > 0 } title ? $"{problem.Status} {title}" : problem.Status.ToString();
        var where = problem.Instance is { Length: > 0 } instance ? $" ({instance})" : "";
        return $"Camunda answered {what}{where}: {problem.Detail ?? "no detail"}";
    }
}
