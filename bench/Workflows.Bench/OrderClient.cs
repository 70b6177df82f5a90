using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>
/// The store's one-request checkout for one order, anonymous as a shopper's, and the order steps a worker makes, as
/// the admin.
/// </summary>
internal sealed class OrderClient(HttpClient store, HttpClient admin, string sku)
{
    private readonly object _checkout = new
    {
        currency = "EUR",
        lines = new[] { new { sku, quantity = 1 } },
        email = "bench@example.com",
        shippingAddress = new { name = "Bench", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
        payment = new { provider = "test", token = "tok_approve" },
    };

    /// <summary>Places one order; returns its id and when the checkout answered.</summary>
    public async Task<(string OrderId, long PlacedAt)> PlaceAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/store/checkout") { Content = JsonContent.Create(_checkout) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await store.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var placedAt = Stopwatch.GetTimestamp();
        return ((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!, placedAt);
    }

    /// <summary>What order-fulfillment's workers do for an approved payment, called in a row by one client.</summary>
    public async Task FulfillDirectlyAsync(string orderId)
    {
        var path = $"/api/commerce/orders/{orderId}";
        (await admin.PostAsync($"{path}/verify-payment", null)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"{path}/reserve-inventory", new { reason = "Direct." })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"{path}/notifications", new { template = "order-confirmation" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"{path}/complete", new { reason = "Direct." })).EnsureSuccessStatusCode();
    }
}
