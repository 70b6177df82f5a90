using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Jobs;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Compares both sides of every product of a tenant (a hash per aggregate and direction), repairs what drifted by
/// enqueueing the same jobs the feeds would (so a repair obeys the same version rules), and reports what it found
/// to the tenant (/api/sync/reconciliations).
/// </summary>
public sealed class ReconcileTenantHandler(TenantDirectory tenants, CmsClient cms, IJobClient jobs, TimeProvider clock) : IJobHandler<ReconcileTenant>
{
    public async Task HandleAsync(ReconcileTenant payload, JobContext context, CancellationToken ct)
    {
        try
        {
            await ReconcileAsync(payload, context, ct);
        }
        catch (CmsApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            // The tenant runs no sync or no store (every tenant gets the schedule): nothing to compare.
        }
    }

    private async Task ReconcileAsync(ReconcileTenant payload, JobContext context, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(payload.Tenant, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        var mirrors = await MirrorsAsync(tenant, payload.ProductId, ct);
        var run = new Run(payload, context.JobId, started, jobs);
        await foreach (var product in ProductsAsync(tenant, payload.ProductId, ct))
        {
            var id = (string)product["id"]!;
            mirrors.Remove(id, out var view);
            await run.CompareAsync(product, view, ct);
        }
        foreach (var (productId, view) in mirrors)
            await run.GoneAsync(productId, view, ct);
        await cms.PostAsync(tenant, "api/sync/reconciliations", new JsonObject
        {
            ["startedUtc"] = started, ["finishedUtc"] = clock.GetUtcNow().UtcDateTime, ["trigger"] = payload.Trigger,
            ["checked"] = run.Checked, ["drift"] = run.Drift,
        }, ct);
    }

    private async IAsyncEnumerable<JsonObject> ProductsAsync(CmsTenant tenant, string? productId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (productId is not null)
        {
            if (await cms.GetOrNullAsync(tenant, $"api/commerce/products/{Uri.EscapeDataString(productId)}", ct) is { } one) yield return one;
            yield break;
        }
        string? after = null;
        do
        {
            var page = await cms.GetAsync(tenant, "api/commerce/products?first=100" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)), ct);
            foreach (var product in page["items"]!.AsArray().OfType<JsonObject>()) yield return product;
            after = (bool?)page["hasNextPage"] == true ? (string?)page["endCursor"] : null;
        }
        while (after is not null);
    }

    private async Task<Dictionary<string, JsonObject>> MirrorsAsync(CmsTenant tenant, string? productId, CancellationToken ct)
    {
        var mirrors = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (productId is not null)
        {
            if (await cms.GetOrNullAsync(tenant, $"api/sync/products/{Uri.EscapeDataString(productId)}", ct) is { } view) mirrors[productId] = view;
            return mirrors;
        }
        string after = "";
        while (true)
        {
            var items = (await cms.GetAsync(tenant, $"api/sync/products?limit=500&after={Uri.EscapeDataString(after)}", ct))["items"]!.AsArray();
            foreach (var view in items.OfType<JsonObject>()) mirrors[(string)view["productId"]!] = view;
            if (items.Count < 500) return mirrors;
            after = (string)items[^1]!["productId"]!;
        }
    }

    /// <summary>One run's findings and the repair jobs it enqueued (idempotent per run, so a retried run adds none).</summary>
    private sealed class Run(ReconcileTenant payload, long jobId, DateTime started, IJobClient jobs)
    {
        public long Checked { get; private set; }
        public JsonArray Drift { get; } = [];

        public async Task CompareAsync(JsonObject product, JsonObject? view, CancellationToken ct)
        {
            Checked++;
            var id = (string)product["id"]!;
            var expected = SyncHashes.Mirror(ProductToContentHandler.Mirror(product));
            var latest = SyncHashes.Mirror(view?["latest"]);
            var published = view?["published"];
            var reason = view is null ? "no ProductContent item linked"
                : latest != expected ? "the draft's commerce fields differ"
                : published is not null && SyncHashes.Mirror(published) != expected ? "the published item's commerce fields differ"
                : payload.Force ? "resync asked" : null;
            if (reason is not null)
                await RepairAsync(SyncDirection.CommerceToContent, id, reason, expected, latest, SyncJobs.ProductToContent,
                    new ProductToContent(payload.Tenant, id, started), ct);
            if (published is null || view?["link"]?["archived"]?.GetValue<bool>() == true) return;
            var owned = SyncHashes.Owned(published["owned"]);
            var shown = SyncHashes.Owned(product);
            if (owned != shown || payload.Force)
                await RepairAsync(SyncDirection.ContentToCommerce, id, owned != shown ? "the product's content fields differ" : "resync asked",
                    owned, shown, SyncJobs.ContentToProduct, new ContentToProduct(payload.Tenant, (string)view!["contentItemId"]!, started), ct);
        }

        public async Task GoneAsync(string productId, JsonObject view, CancellationToken ct)
        {
            if (view["link"]?["archived"]?.GetValue<bool>() == true) return;
            Checked++;
            var version = (long)view["link"]!["commerceVersion"]! + 1;
            await RepairAsync(SyncDirection.CommerceToContent, productId, "the product no longer exists", "none", SyncHashes.Mirror(view["latest"]),
                SyncJobs.ProductDeleted, new ProductDeleted(payload.Tenant, productId, version, started), ct);
        }

        private async Task RepairAsync<T>(string direction, string productId, string reason, string ownerHash, string mirrorHash, string jobType,
            T job, CancellationToken ct)
        {
            Drift.Add(new JsonObject
            {
                ["productId"] = productId, ["direction"] = direction, ["reason"] = reason, ["ownerHash"] = ownerHash, ["mirrorHash"] = mirrorHash,
            });
            await jobs.EnqueueAsync(jobType, JsonSerializer.SerializeToNode(job, JsonSerializerOptions.Web),
                new JobOptions(IdempotencyKey: $"reconcile:{jobId}:{productId}:{jobType}"), ct);
        }
    }
}
