namespace OrchardCommerce.Media.Services;

/// <summary>A file the store refuses: names the input field ("path" or "file") and why.</summary>
public sealed class MediaValidationException(string field, string reason) : Exception($"{field}: {reason}")
{
    public string Field { get; } = field;
    public string Reason { get; } = reason;
}
