using System.Text.Json;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>One entry of a tenant's change feed, as GET /api/commerce/events or /api/content/events serves it.</summary>
public sealed record CmsFeedEvent(long Sequence, string Id, string Type, string AggregateType, string AggregateId,
    long AggregateVersion, DateTime OccurredUtc, JsonElement Data)
{
    /// <summary>The feed it came from (<see cref="CmsFeed.Name"/>).</summary>
    public string Feed { get; init; } = CmsFeed.Commerce.Name;
}
