using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>The store's three calls for one order (cart, line, checkout), and the order steps a worker makes.</summary>
internal sealed class OrderClient(HttpClient http, string sku)
{
    private static readonly object Checkout = new
    {
        email = "bench@example.com",
        shippingAddress = new { name = "Bench", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
        payment = new { provider = "test", token = "tok_approve" },
    };

    /// <summary>Places one order; returns its id and when the checkout answered.</summary>
    public async Task<(string OrderId, long PlacedAt)> PlaceAsync()
    {
        var cart = await http.PostAsJsonAsync("/api/store/carts", new { currency = "EUR" });
        var cartId = (string)(await cart.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        (await http.PostAsJsonAsync($"/api/store/carts/{cartId}/lines", new { sku, quantity = 1 })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/store/carts/{cartId}/checkout") { Content = JsonContent.Create(Checkout) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var placedAt = Stopwatch.GetTimestamp();
        return ((string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!, placedAt);
    }

    /// <summary>What order-fulfillment's workers do for an approved payment, called in a row by one client.</summary>
    public async Task FulfillDirectlyAsync(string orderId)
    {
        var path = $"/api/commerce/orders/{orderId}";
        (await http.PostAsync($"{path}/verify-payment", null)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{path}/reserve-inventory", new { reason = "Direct." })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{path}/notifications", new { template = "order-confirmation" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{path}/complete", new { reason = "Direct." })).EnsureSuccessStatusCode();
    }
}
