namespace OrchardCommerce.Workflows.Feel;

/// <summary>
/// Evaluation failed in a way FEEL does not map to null (type mismatches yield null instead):
/// an unknown function or a call with the wrong arguments, which the engine reports as an incident.
/// </summary>
public sealed class FeelEvaluationException : Exception
{
    public FeelEvaluationException(string message)
        : base(message)
    {
    }
}
