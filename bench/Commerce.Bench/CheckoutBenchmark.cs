using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Bench;

/// <summary>
/// N orders (cart, line, checkout: three requests each) through the store API over Kestrel, C at a time, against
/// <see cref="RawCheckoutLoop"/> doing the same writes in plain SQL transactions on the same database.
/// </summary>
internal static class CheckoutBenchmark
{
    private static readonly object Body = new
    {
        email = "bench@example.com",
        shippingAddress = new { name = "Bench", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
        payment = new { provider = "test", token = "tok_approve" },
    };

    /// <returns>Units oversold (0 unless stock protection failed).</returns>
    public static async Task<long> RunAsync(DatabaseProvider provider, int orders, int concurrency)
    {
        await using var host = await ShopHost.StartAsync(provider);
        var shell = await host.ShellAsync();
        var stock = orders * 9L / 10;
        await BenchSeed.VariantAsync(shell.Database, "API-1", stock);
        await BenchSeed.VariantAsync(shell.Database, "RAW-1", stock);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Host = "localhost";
        await PlaceAsync(client, "API-1", 1); // warm-up: JIT, shell, pools
        var (apiOrders, apiSeconds, apiErrors) = await RunLoopAsync(orders, concurrency, () => PlaceAsync(client, "API-1", 1));
        var raw = new RawCheckoutLoop(shell.Database);
        var (rawOrders, rawSeconds, rawErrors) = await RunLoopAsync(orders, concurrency, () => raw.PlaceAsync("raw-1", 1));

        var api = await BenchSeed.StockAsync(shell.Database, "API-1");
        var baseline = await BenchSeed.StockAsync(shell.Database, "RAW-1");
        var oversold = Math.Max(0, api.Ordered - api.OnHand) + Math.Max(0, baseline.Ordered - baseline.OnHand);
        Console.WriteLine($"{provider}: {orders} checkouts each, {concurrency} at a time, {stock} in stock");
        Console.WriteLine($"  store API (3 requests/order) : {apiOrders / apiSeconds,8:N0} orders/s  ({apiOrders} placed, {apiErrors} other answers, {api.Reserved} reserved)");
        Console.WriteLine($"  raw SQL transaction loop     : {rawOrders / rawSeconds,8:N0} orders/s  ({rawOrders} placed, {rawErrors} out of stock)");
        Console.WriteLine($"  ratio                        : {apiOrders / apiSeconds / (rawOrders / rawSeconds):P1} of raw; oversold: {oversold}");
        return oversold;
    }

    private static async Task<(long Placed, double Seconds, long Refused)> RunLoopAsync(int total, int concurrency, Func<Task<bool>> placeOne)
    {
        long next = 0, placed = 0, refused = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total)
                if (await placeOne()) Interlocked.Increment(ref placed);
                else Interlocked.Increment(ref refused);
        }));
        return (placed, stopwatch.Elapsed.TotalSeconds, refused);
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
