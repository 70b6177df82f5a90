namespace OrchardCommerce.Contents.Handlers;

/// <summary>Reacts to a version being saved (created, updated or imported): fills derived values, sanitizes, validates.</summary>
public interface IContentHandler
{
    Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken);
}
