namespace OrchardCommerce.Daemon.Cms;

/// <summary>A page of the feed; <see cref="Next"/> is the position to read after.</summary>
public sealed record CmsFeedPage(IReadOnlyList<CmsFeedEvent> Events, long Next);
