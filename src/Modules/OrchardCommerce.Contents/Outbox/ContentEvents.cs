namespace OrchardCommerce.Contents.Outbox;

/// <summary>
/// The content feed's event types: past tense, "aggregate.what_happened", a public contract like the commerce feed's
/// (add, never rename). Every event's aggregate is the content item ("content", its id); its version counts the item's
/// events, so a consumer can drop one older than what it has applied.
/// </summary>
public static class ContentEvents
{
    public const string Aggregate = "content";

    /// <summary>A version was published; the payload is the published item.</summary>
    public const string Published = "content.published";

    /// <summary>The item left the site; its latest version stays as a draft. Payload: id and type.</summary>
    public const string Unpublished = "content.unpublished";

    /// <summary>The item and all its versions were deleted. Payload: id and type.</summary>
    public const string Deleted = "content.deleted";

    /// <summary>A Branding item was published (as well as its content.published); the payload is the published item.</summary>
    public const string BrandingChanged = "branding.changed";

    public const string BrandingType = "Branding";
}
