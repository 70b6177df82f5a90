namespace OrchardCommerce.Contents.Models;

/// <summary>A content item that fails validation: field path ("Product.Price") → messages.</summary>
public sealed class ContentValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Content is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ContentValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
