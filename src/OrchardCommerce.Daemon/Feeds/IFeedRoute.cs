using OrchardCommerce.Daemon.Cms;

namespace OrchardCommerce.Daemon.Feeds;

/// <summary>Turns the feed events one part of the daemon cares about into jobs; registered once per part.</summary>
public interface IFeedRoute
{
    IEnumerable<FeedJob> Route(CmsTenant tenant, CmsFeedEvent feedEvent);
}
