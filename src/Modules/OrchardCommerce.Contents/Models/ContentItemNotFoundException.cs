namespace OrchardCommerce.Contents.Models;

/// <summary>No content item (or no version of the kind asked for) has this id.</summary>
public sealed class ContentItemNotFoundException(string contentItemId)
    : Exception($"Content item '{contentItemId}' does not exist.")
{
    public string ContentItemId { get; } = contentItemId;
}
