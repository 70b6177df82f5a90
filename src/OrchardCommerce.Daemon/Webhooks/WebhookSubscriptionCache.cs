using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OrchardCommerce.Daemon.Cms;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// Each tenant's subscriptions with their secrets, read from Cms.Web with the service token and reused for
/// <see cref="WebhookOptions.SubscriptionCacheTime"/>: a burst of events costs one read, and a change made in the API
/// applies within that time. A tenant without the Webhooks feature answers 404, which reads as no subscriptions.
/// </summary>
public sealed class WebhookSubscriptionCache(TenantDirectory tenants, CmsClient cms, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string Path = "api/webhooks/subscriptions?includeSecrets=true";

    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyList<WebhookTarget> Targets)> _entries =
        new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<WebhookTarget>> GetAsync(string tenant, CancellationToken cancellationToken, bool refresh = false)
    {
        var now = clock.GetUtcNow();
        if (!refresh && _entries.TryGetValue(tenant, out var entry) && now - entry.ReadAt < options.Value.SubscriptionCacheTime)
            return entry.Targets;
        var targets = await ReadAsync(await tenants.FindAsync(tenant, cancellationToken), cancellationToken);
        _entries[tenant] = (now, targets);
        return targets;
    }

    /// <summary>
    /// True when a read within the cache time found no active subscription for <paramref name="eventType"/>. False
    /// when one matches or nothing fresh is known (the caller then asks through <see cref="GetAsync"/>).
    /// </summary>
    public bool KnownUnsubscribed(string tenant, string eventType) =>
        _entries.TryGetValue(tenant, out var entry) && clock.GetUtcNow() - entry.ReadAt < options.Value.SubscriptionCacheTime
        && !entry.Targets.Any(t => t.Active && WebhookEventMatcher.MatchesAny(t.Events, eventType));

    /// <summary>The subscription <paramref name="id"/>; read afresh when the cached list does not have it (created a moment ago).</summary>
    public async Task<WebhookTarget?> FindAsync(string tenant, string id, CancellationToken cancellationToken) =>
        (await GetAsync(tenant, cancellationToken)).FirstOrDefault(t => t.Id == id)
        ?? (await GetAsync(tenant, cancellationToken, refresh: true)).FirstOrDefault(t => t.Id == id);

    private async Task<IReadOnlyList<WebhookTarget>> ReadAsync(CmsTenant tenant, CancellationToken cancellationToken)
    {
        try
        {
            var page = await cms.GetAsync(tenant, Path, cancellationToken);
            return page["items"].Deserialize<List<WebhookTarget>>(JsonSerializerOptions.Web) ?? [];
        }
        catch (CmsApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return [];
        }
    }
}
