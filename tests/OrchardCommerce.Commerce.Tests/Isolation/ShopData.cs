using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Commerce.Tests.Isolation;

/// <summary>
/// One of everything in the shop tenant — location, category, collection, product with stock, cart, paid order — made
/// through the public APIs, with <c>marker</c> in every human-readable field.
/// </summary>
internal sealed class ShopData
{
    public required string ProductId { get; init; }
    public required string Handle { get; init; }
    public required string Sku { get; init; }
    public required string CategoryId { get; init; }
    public required string CollectionId { get; init; }
    public required string CartId { get; init; }
    public required string LineId { get; init; }
    public required string OrderId { get; init; }
    public required string OrderToken { get; init; }

    /// <summary>Every value a route parameter could be given, plus neutral ones that exist in any tenant.</summary>
    public IReadOnlyList<string> Identifiers =>
        [ProductId, Handle, Sku, CategoryId, CollectionId, CartId, LineId, OrderId, OrderToken, "main", "test", "1"];

    public static async Task<ShopData> SeedAsync(HttpClient admin, HttpClient store, string marker)
    {
        await PostAsync(admin, "/api/commerce/locations", new { handle = "main", name = $"{marker} warehouse" });
        var category = await PostAsync(admin, "/api/commerce/categories", new { handle = "probe-category", title = $"{marker} gear", position = 0 });
        var collection = await PostAsync(admin, "/api/commerce/collections", new { handle = "probe-collection", title = $"{marker} picks" });
        var product = await PostAsync(admin, "/api/commerce/products", new
        {
            handle = "probe-item", title = $"{marker} lamp", description = $"Made in {marker}", status = "active",
            options = Array.Empty<object>(), categories = new[] { "probe-category" }, collections = new[] { "probe-collection" },
            variants = new[] { new { sku = "PROBE-1", title = $"{marker} lamp", options = new { }, prices = new Dictionary<string, long> { ["USD"] = 1500 } } },
        });
        (await admin.PutAsJsonAsync("/api/commerce/inventory/PROBE-1/main", new { onHand = 10 })).EnsureSuccessStatusCode();

        var cart = await PostAsync(store, "/api/store/carts", new { currency = "USD", email = $"{marker}@example.com" });
        var cartId = (string)cart["id"]!;
        var withLine = await PostAsync(store, $"/api/store/carts/{cartId}/lines", new { sku = "PROBE-1", quantity = 1 });
        var openCart = await PostAsync(store, "/api/store/carts", new { currency = "USD", email = $"{marker}@example.com" });
        var openLine = await PostAsync(store, $"/api/store/carts/{openCart["id"]}/lines", new { sku = "PROBE-1", quantity = 2 });

        var checkout = new HttpRequestMessage(HttpMethod.Post, $"/api/store/carts/{cartId}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = $"{marker}@example.com",
                shippingAddress = new { name = $"{marker} Buyer", line1 = $"1 {marker} Road", city = marker, postalCode = "1000", country = "NL" },
                payment = new { provider = "test", token = "tok_approve" },
            }),
        };
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var placed = await store.SendAsync(checkout);
        var order = await ReadAsync(placed);
        var orderId = (string)(order["order"]?["id"] ?? order["id"])!;
        (await admin.PostAsync($"/api/commerce/orders/{orderId}/verify-payment", null)).EnsureSuccessStatusCode();

        return new ShopData
        {
            ProductId = (string)product["id"]!, Handle = "probe-item", Sku = "PROBE-1",
            CategoryId = (string)category["id"]!, CollectionId = (string)collection["id"]!,
            CartId = (string)openCart["id"]!, LineId = (string)openLine["lines"]![0]!["id"]!,
            OrderId = orderId, OrderToken = (string)(order["orderToken"] ?? order["order"]?["orderToken"])!,
        };
    }

    /// <summary>A body with every field some endpoint reads, pointing at the shop's data where a field names something.</summary>
    public string ProbeBody() => new JsonObject
    {
        ["sku"] = Sku, ["quantity"] = 1, ["currency"] = "USD", ["email"] = "probe@example.com", ["onHand"] = 0,
        ["amount"] = 1, ["reason"] = "probe", ["handle"] = Handle, ["title"] = "probe", ["name"] = "probe", ["status"] = "active",
        ["prices"] = new JsonObject { ["USD"] = 1 }, ["variants"] = new JsonArray(), ["options"] = new JsonArray(),
        ["categories"] = new JsonArray(Handle), ["collections"] = new JsonArray(), ["parent"] = "probe-category",
        ["processInstanceKey"] = "1", ["currentStep"] = "probe", ["orderId"] = OrderId, ["id"] = OrderId,
        ["payment"] = new JsonObject { ["provider"] = "test", ["token"] = "tok_approve" },
    }.ToJsonString();

    /// <summary>Everything the shop's admin and its buyer can read, as one string to compare before and after.</summary>
    public async Task<string> SnapshotAsync(HttpClient admin, HttpClient store)
    {
        string[] reads =
        [
            "/api/commerce/products", $"/api/commerce/products/{ProductId}", "/api/commerce/categories", "/api/commerce/collections",
            "/api/commerce/locations", $"/api/commerce/inventory/{Sku}", "/api/commerce/orders", $"/api/commerce/orders/{OrderId}",
            "/api/commerce/events?limit=500", "/api/commerce/payments/webhook-secret",
        ];
        var parts = new List<string>();
        foreach (var path in reads) parts.Add(path + " " + await admin.GetStringAsync(path));
        foreach (var path in new[] { $"/api/store/carts/{CartId}", $"/api/store/orders/{OrderToken}", $"/api/store/products/{Handle}" })
            parts.Add(path + " " + await store.GetStringAsync(path));
        return string.Join("\n", parts);
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string path, object body) =>
        await ReadAsync(await client.PostAsJsonAsync(path, body));

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
