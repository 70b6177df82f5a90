namespace OrchardCommerce.Workflows.Client;

/// <summary>
/// An RFC 9457 problem detail as the cluster sends it (reference §1.3): the real server puts the internal status
/// name (NOT_FOUND, RESOURCE_EXHAUSTED, …) in <see cref="Title"/> and leaves <see cref="Type"/> at about:blank.
/// </summary>
public sealed record CamundaProblem(string Type, string? Title, int Status, string? Detail, string? Instance)
{
    public const string ResourceExhausted = "RESOURCE_EXHAUSTED";

    /// <summary>Back pressure in any of its forms (reference §4.3): the title, or the text of an 8.8.0–8.8.2 500.</summary>
    public bool IsResourceExhausted =>
        string.Equals(Title, ResourceExhausted, StringComparison.Ordinal)
        || (Detail?.Contains(ResourceExhausted, StringComparison.Ordinal) ?? false);
}
