using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;
using OrchardCommerce.Modules;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Tests.Payments;

/// <summary>Both tenants over HTTP with <see cref="RecordingOrderPayments"/> as their orders, and webhook helpers.</summary>
public abstract class PaymentHttpTestBase : CommerceHttpTestBase
{
    protected const string WebhookPath = "/api/store/payments/test/webhook";

    protected override IReadOnlyList<ModuleStartup> TestModules => [new RecordingOrdersModule()];

    protected Task<RecordingOrderPayments> OrdersAsync(string tenant = "shop") =>
        WithTenantAsync(tenant, services => Task.FromResult(services.GetRequiredService<RecordingOrderPayments>()));

    /// <summary>An order of the shop charged with tok_async, so it awaits a webhook; returns it and its payment JSON.</summary>
    protected async Task<(OrderPaymentInfo Order, JsonObject Payment)> AwaitingConfirmationAsync()
    {
        var order = (await OrdersAsync()).Add("tok_async");
        var response = await Admin.PostAsync($"/api/commerce/orders/{order.OrderId}/verify-payment", null);
        response.EnsureSuccessStatusCode();
        return (order, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    protected async Task<string> SecretAsync(HttpClient? admin = null) =>
        (string)(await (admin ?? Admin).GetFromJsonAsync<JsonObject>("/api/commerce/payments/webhook-secret"))!["secret"]!;

    protected static string Message(string eventId, string type, string reference) =>
        new JsonObject { ["id"] = eventId, ["type"] = type, ["paymentReference"] = reference }.ToJsonString();

    protected Task<HttpResponseMessage> PostWebhookAsync(string body, string? signature, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        return (client ?? Anonymous).SendAsync(request);
    }

    protected static string Sign(string secret, string body, int secondsFromNow = 0) =>
        WebhookSignature.Sign(secret, body, DateTimeOffset.UtcNow.AddSeconds(secondsFromNow));

    /// <summary>Rows of <paramref name="table"/> in the shop's database, optionally filtered.</summary>
    protected Task<long> CountAsync(string table, string where = "1 = 1") =>
        WithTenantAsync("shop", async services => await (await services.GetRequiredService<DbSession>().GetConnectionAsync())
            .ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE {where}"));
}
