namespace OrchardCommerce.Workflows.Feel;

/// <summary>A FEEL expression could not be parsed; <see cref="Position"/> is the 0-based offset of the problem.</summary>
public sealed class FeelSyntaxException : Exception
{
    public FeelSyntaxException(string expected, string found, int position)
        : base($"Expected {expected} at position {position} but found {found}.")
    {
        Expected = expected;
        Position = position;
    }

    public string Expected { get; }

    public int Position { get; }
}
