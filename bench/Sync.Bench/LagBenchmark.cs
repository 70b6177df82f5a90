using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Sync.Bench;

/// <summary>
/// Lag from a write to the moment the other side shows it, one write at a time: commerce → content (a price), content
/// → commerce (a published description), and the floor: a change feed long-poll seeing the event.
/// </summary>
internal static class LagBenchmark
{
    // Often enough to see a change within a few milliseconds, seldom enough not to load the two cores the sync runs on.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    /// <summary>A price change until the product's ProductContent item shows it.</summary>
    public static async Task<Samples> CommerceToContentAsync(SyncHost host, string handle, string productId, int count, string name, int from)
    {
        var samples = new Samples(name);
        for (var i = 0; i < count; i++)
        {
            var price = from + i;
            var clock = Stopwatch.StartNew();
            await host.RepriceAsync(handle, price);
            while (await host.MirroredPriceAsync(productId) != price / 100m) await Task.Delay(Poll);
            samples.Add(clock.Elapsed);
            await Task.Delay(20);
        }
        return samples;
    }

    /// <summary>A publish of the ProductContent item until the commerce product carries its description.</summary>
    public static async Task<Samples> ContentToCommerceAsync(SyncHost host, string productId, int count)
    {
        var samples = new Samples("content → commerce, idle");
        var contentItemId = (string)(await host.Admin.GetFromJsonAsync<JsonObject>($"/api/sync/products/{productId}"))!["contentItemId"]!;
        for (var i = 0; i < count; i++)
        {
            var item = (await host.Admin.GetFromJsonAsync<JsonObject>($"/api/content/{contentItemId}?status=latest"))!;
            var text = $"Description {i} {Guid.NewGuid():N}";
            item["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = text };
            var clock = Stopwatch.StartNew();
            (await host.Admin.PutAsJsonAsync($"/api/content/{contentItemId}", item)).EnsureSuccessStatusCode();
            (await host.Admin.PostAsync($"/api/content/{contentItemId}/publish", null)).EnsureSuccessStatusCode();
            while ((string?)(await host.Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/products/{productId}"))!["description"] != text)
                await Task.Delay(Poll);
            samples.Add(clock.Elapsed);
            await Task.Delay(20);
        }
        return samples;
    }

    /// <summary>The floor: a price change until a long-poll of the commerce feed returns its event.</summary>
    public static async Task<Samples> FeedAsync(SyncHost host, string handle, int count)
    {
        var samples = new Samples("baseline: change feed delivery");
        var cursor = (long)(await host.Admin.GetFromJsonAsync<JsonObject>("/api/commerce/events?after=0&limit=500"))!["next"]!;
        for (var i = 0; i < count; i++)
        {
            while (true)
            {
                var page = (await host.Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/events?after={cursor}&limit=500"))!;
                if (page["events"]!.AsArray().Count == 0) break;
                cursor = (long)page["next"]!;
            }
            var wait = host.Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/events?after={cursor}&limit=1&wait=10");
            await Task.Delay(20); // the long-poll is waiting before the write
            var clock = Stopwatch.StartNew();
            await host.RepriceAsync(handle, 70_000 + i);
            var seen = (await wait)!;
            samples.Add(clock.Elapsed);
            cursor = (long)seen["next"]!;
        }
        return samples;
    }
}
