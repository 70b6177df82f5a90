using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Commerce.Bench;

/// <summary>
/// N orders through the store API over Kestrel, C at a time, in both of its ways: a cart (create, add a line, check out:
/// three requests) and the one-request checkout (lines in the body). Against <see cref="RawCheckoutLoop"/> doing the
/// same writes in plain SQL transactions on the same database.
/// </summary>
internal static class CheckoutBenchmark
{
    private static readonly object Body = new
    {
        email = "bench@example.com",
        shippingAddress = new { name = "Bench", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
        payment = new { provider = "test", token = "tok_approve" },
    };

    /// <summary>Both scenarios on one host: a catalog of <c>skus</c> best-sellers, then a one-SKU flash sale.</summary>
    /// <returns>Units oversold (0 unless stock protection failed).</returns>
    public static async Task<long> RunAsync(DatabaseProvider provider, int orders, int concurrency, int skus)
    {
        await using var host = await ShopHost.StartAsync(provider);
        var shell = await host.ShellAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Host = "localhost";
        Console.WriteLine($"{provider}: {orders} checkouts per side, {concurrency} at a time, stock 90 % of the orders");
        await WarmUpAsync(shell.Database, client, Math.Min(orders / 2, 3000), concurrency);
        var oversold = await ScenarioAsync(shell.Database, client, $"{skus} SKUs", orders, concurrency, skus);
        oversold += await ScenarioAsync(shell.Database, client, "1 SKU (flash sale)", orders, concurrency, 1);
        return oversold;
    }

    private static async Task<long> ScenarioAsync(TenantDatabase database, HttpClient client, string name, int orders, int concurrency, int skus)
    {
        var stock = Math.Max(1, orders * 9L / 10 / skus);
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var api = Enumerable.Range(0, skus).Select(i => $"API-{run}-{i}").ToArray();
        var direct = Enumerable.Range(0, skus).Select(i => $"ONE-{run}-{i}").ToArray();
        var raw = Enumerable.Range(0, skus).Select(i => $"RAW-{run}-{i}").ToArray();
        foreach (var sku in api.Concat(direct).Concat(raw)) await BenchSeed.VariantAsync(database, sku, stock);
        var warm = new WarmRun();
        var (apiOrders, apiSeconds, apiErrors) = await RunLoopAsync(orders, concurrency, n => PlaceAsync(client, api[n % skus], 1));
        var (oneOrders, oneSeconds, oneErrors) = await RunLoopAsync(orders, concurrency, n => PlaceDirectAsync(client, direct[n % skus], 1));
        var loop = new RawCheckoutLoop(database);
        var (rawOrders, rawSeconds, rawErrors) = await RunLoopAsync(orders, concurrency, n => loop.PlaceAsync(raw[n % skus].ToLowerInvariant(), raw[n % skus], 1));

        long oversold = 0, reserved = 0;
        foreach (var sku in api.Concat(direct).Concat(raw))
        {
            var level = await BenchSeed.StockAsync(database, sku);
            oversold += Math.Max(0, level.Ordered - level.OnHand);
            reserved += level.Reserved;
        }
        Console.WriteLine($"  {name}:");
        Console.WriteLine($"    store API, cart (3 requests) : {apiOrders / apiSeconds,8:N0} orders/s  ({apiOrders} placed, {apiErrors} other answers)");
        Console.WriteLine($"    store API, one request       : {oneOrders / oneSeconds,8:N0} orders/s  ({oneOrders} placed, {oneErrors} other answers)");
        Console.WriteLine($"    raw SQL transaction loop     : {rawOrders / rawSeconds,8:N0} orders/s  ({rawOrders} placed, {rawErrors} out of stock)");
        Console.WriteLine($"    ratio                        : cart {apiOrders / apiSeconds / (rawOrders / rawSeconds):P1}, one request "
            + $"{oneOrders / oneSeconds / (rawOrders / rawSeconds):P1} of raw; oversold: {oversold}; reserved {reserved}");
        Console.WriteLine($"    while timed                  : {warm.Stop()} (of {apiSeconds + oneSeconds + rawSeconds:N1} s)");
        return oversold;
    }

    /// <summary>
    /// Untimed orders through every flow first, in two rounds (see <see cref="WarmRun"/>), on SKUs of their own with 90 %
    /// in stock like the timed runs, so the out-of-stock answers are warm too.
    /// </summary>
    private static async Task WarmUpAsync(TenantDatabase database, HttpClient client, int orders, int concurrency)
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        foreach (var flow in new[] { "API", "ONE", "RAW" }) await BenchSeed.VariantAsync(database, $"WARM-{flow}-{run}", orders * 9L / 10);
        var loop = new RawCheckoutLoop(database);
        await WarmRun.WarmUpAsync(async () =>
        {
            await RunLoopAsync(orders / 2, concurrency, _ => PlaceAsync(client, $"WARM-API-{run}", 1));
            await RunLoopAsync(orders / 2, concurrency, _ => PlaceDirectAsync(client, $"WARM-ONE-{run}", 1));
            await RunLoopAsync(orders / 2, concurrency, _ => loop.PlaceAsync($"warm-raw-{run}".ToLowerInvariant(), $"WARM-RAW-{run}", 1));
        });
    }

    private static async Task<(long Placed, double Seconds, long Refused)> RunLoopAsync(int total, int concurrency, Func<int, Task<bool>> placeOne)
    {
        long next = 0, placed = 0, refused = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            long n;
            while ((n = Interlocked.Increment(ref next)) <= total)
                if (await placeOne((int)n)) Interlocked.Increment(ref placed);
                else Interlocked.Increment(ref refused);
        }));
        return (placed, stopwatch.Elapsed.TotalSeconds, refused);
    }

    private static async Task<bool> PlaceDirectAsync(HttpClient client, string sku, int quantity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/store/checkout")
        {
            Content = JsonContent.Create(new
            {
                currency = "EUR", lines = new[] { new { sku, quantity } }, email = "bench@example.com",
                shippingAddress = new { name = "Bench", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
                payment = new { provider = "test", token = "tok_approve" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Created;
    }

    private static async Task<bool> PlaceAsync(HttpClient client, string sku, int quantity)
    {
        var cart = await client.PostAsJsonAsync("/api/store/carts", new { currency = "EUR" });
        var cartId = (string)(await cart.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        (await client.PostAsJsonAsync($"/api/store/carts/{cartId}/lines", new { sku, quantity })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/store/carts/{cartId}/checkout") { Content = JsonContent.Create(Body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Created;
    }
}
