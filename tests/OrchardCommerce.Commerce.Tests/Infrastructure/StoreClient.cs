using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Commerce.Tests.Infrastructure;

/// <summary>The store API's calls as a customer's browser makes them: cart, line, checkout.</summary>
internal static class StoreClient
{
    public static object CheckoutBody(string email = "ann@example.com", string city = "Berlin") => new
    {
        email,
        shippingAddress = new { name = "Ann Example", line1 = "1 Main Street", city, postalCode = "10115", country = "DE" },
        payment = new { provider = "test", token = "tok_approve" },
    };

    public static async Task<string> CreateCartAsync(this HttpClient client, string currency = "EUR")
    {
        var response = await client.PostAsJsonAsync("/api/store/carts", new { currency });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public static async Task<JsonObject> AddLineAsync(this HttpClient client, string cartId, string sku, long quantity)
    {
        var response = await client.PostAsJsonAsync($"/api/store/carts/{cartId}/lines", new { sku, quantity });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static Task<HttpResponseMessage> CheckoutAsync(this HttpClient client, string cartId, string? key, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/store/carts/{cartId}/checkout") { Content = JsonContent.Create(body ?? CheckoutBody()) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    /// <summary>The one-request checkout's body: the checkout body with a currency and lines.</summary>
    public static object DirectBody(object[] lines, string currency = "EUR", string email = "ann@example.com", string city = "Berlin") => new
    {
        currency,
        lines,
        email,
        shippingAddress = new { name = "Ann Example", line1 = "1 Main Street", city, postalCode = "10115", country = "DE" },
        payment = new { provider = "test", token = "tok_approve" },
    };

    public static Task<HttpResponseMessage> CheckoutLinesAsync(this HttpClient client, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/store/checkout") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    /// <summary>A cart with one line, checked out; returns the order's id.</summary>
    public static async Task<string> PlaceOrderAsync(this HttpClient client, string sku, long quantity = 1)
    {
        var cartId = await client.CreateCartAsync();
        await client.AddLineAsync(cartId, sku, quantity);
        var response = await client.CheckoutAsync(cartId, Guid.NewGuid().ToString());
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!;
    }
}
