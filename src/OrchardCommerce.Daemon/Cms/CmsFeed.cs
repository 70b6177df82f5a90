namespace OrchardCommerce.Daemon.Cms;

/// <summary>One of a tenant's change feeds: its name (cursor and idempotency-key prefix) and its API path.</summary>
public sealed record CmsFeed(string Name, string Path)
{
    public static readonly CmsFeed Commerce = new("commerce", "api/commerce/events");
    public static readonly CmsFeed Content = new("content", "api/content/events");
    /// <summary>The feeds every tenant has (404 while its feature is off).</summary>
    public static readonly IReadOnlyList<CmsFeed> All = [Commerce, Content];
    /// <summary>The tenant registry's feed: only on the Default tenant.</summary>
    public static readonly CmsFeed Tenants = new("tenants", "api/tenants/events");
}
