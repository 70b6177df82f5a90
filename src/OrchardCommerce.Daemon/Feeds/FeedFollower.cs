using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Feeds;

/// <summary>
/// Follows every running tenant's change feeds (commerce and content, long-poll), and the Default tenant's tenant feed,
/// and turns their events into durable jobs through the registered <see cref="IFeedRoute"/>s: a page's jobs first (all
/// in one transaction), then the cursor, so a crash re-reads events whose jobs exist (their idempotency keys make that harmless) and never skips one.
/// A tenant event re-reads the tenant list at once and restarts that tenant's loops (its features may have changed),
/// so a new tenant is followed within moments, not at the next periodic refresh.
/// </summary>
public sealed class FeedFollower(TenantDirectory directory, CmsClient cms, IJobClient jobs, IFeedCursors cursors,
    IEnumerable<IFeedRoute> routes, FeedActivity activity, IOptions<DaemonOptions> options, IHostApplicationLifetime lifetime,
    ILogger<FeedFollower> logger) : BackgroundService
{
    private readonly Dictionary<string, (Task Loop, CancellationTokenSource Stop)> _followed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _changed = new();
    private readonly SemaphoreSlim _refreshNow = new(0);

    /// <summary>The cursor's name, and the prefix of the jobs' idempotency keys: "commerce:acme".</summary>
    public static string FeedName(CmsFeed feed, string tenant) => feed.Name + ":" + tenant.ToLowerInvariant();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await HostStart.WaitAsync(lifetime, stoppingToken); }
        catch (OperationCanceledException) { return; }
        var registry = Task.Run(() => FollowAsync(CmsTenant.Default, CmsFeed.Tenants, stoppingToken), CancellationToken.None);
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (_refreshNow.CurrentCount > 0) _refreshNow.Wait(0);
                var tenants = await directory.GetAsync(stoppingToken, refresh: true);
                await ReconcileAsync(tenants, stoppingToken);
                if (failing) logger.LogInformation("The tenant list is readable again.");
                failing = false;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing) logger.LogWarning("Cannot read the tenant list; retrying quietly until it works: {Error}", exception.Message);
                failing = true;
            }
            try { await _refreshNow.WaitAsync(options.Value.TenantRefreshInterval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
        foreach (var (_, stop) in _followed.Values) stop.Cancel();
        await Task.WhenAll(_followed.Values.Select(f => f.Loop).Append(registry));
    }

    private async Task ReconcileAsync(IReadOnlyList<CmsTenant> tenants, CancellationToken stoppingToken)
    {
        var changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (_changed.TryDequeue(out var name)) changed.Add(name);
        var stale = _followed.Keys.Where(name => changed.Contains(name) || tenants.All(t => !t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var name in stale) _followed[name].Stop.Cancel();
        // The old loops end before new ones start, so two loops never move one cursor.
        await Task.WhenAll(stale.Select(name => _followed[name].Loop));
        foreach (var name in stale) _followed.Remove(name);
        foreach (var tenant in tenants.Where(t => !_followed.ContainsKey(t.Name)))
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var loops = CmsFeed.All.Select(feed => Task.Run(() => FollowAsync(tenant, feed, stop.Token), CancellationToken.None));
            _followed[tenant.Name] = (Task.WhenAll(loops), stop);
        }
    }

    private void TenantsChanged(IEnumerable<CmsFeedEvent> events)
    {
        foreach (var feedEvent in events) _changed.Enqueue(feedEvent.AggregateId);
        _refreshNow.Release();
    }

    private async Task FollowAsync(CmsTenant tenant, CmsFeed source, CancellationToken cancellationToken)
    {
        var feed = FeedName(source, tenant.Name);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var cursor = await cursors.GetAsync(feed, cancellationToken);
                var page = await cms.ReadEventsAsync(tenant, source, cursor, options.Value.FeedWait, cancellationToken);
                var routed = page.Events.SelectMany(e => routes.SelectMany(r => r.Route(tenant, e)).Select(job => (Event: e, Job: job))).ToList();
                // A page's jobs in one transaction: one commit for the page, not one per job.
                await jobs.EnqueueAllAsync(FeedJob.CoalescePage(routed)
                    .Select(r => new JobRequest(r.Job.Type, r.Job.Payload, new JobOptions(IdempotencyKey: $"{feed}:{r.Event.Id}:{r.Job.Type}")))
                    .ToList(), cancellationToken);
                if (page.Events.Count > 0) await cursors.AdvanceAsync(feed, page.Next, cancellationToken);
                if (source == CmsFeed.Tenants && page.Events.Count > 0) TenantsChanged(page.Events);
                activity.Read(tenant.Name, source, page.Events);
                if (failures > 0) logger.LogInformation("Following {Tenant}'s {Feed} feed again.", tenant.Name, source.Name);
                failures = 0;
                if (page.Events.Count is > 0 and < CmsClient.FeedPageSize && options.Value.FeedLinger > TimeSpan.Zero)
                    await Task.Delay(options.Value.FeedLinger, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { return; }
            catch (Exception exception)
            {
                // A tenant without the feed's feature answers 404: nothing to follow, ask again much later (a tenant
                // event restarts the loop sooner when the feature is turned on).
                var absent = exception is CmsApiException { Status: HttpStatusCode.NotFound };
                if (!absent) activity.Failed(tenant.Name, source, exception.Message);
                if (failures == 0 && !absent)
                    logger.LogWarning("Cannot follow {Tenant}'s {Feed} feed; retrying with backoff: {Error}", tenant.Name, source.Name, exception.Message);
                failures++;
                var delay = absent ? options.Value.TenantRefreshInterval * 4 : TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(failures, 7))));
                try { await Task.Delay(delay, cancellationToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
