using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Isolation;

/// <summary>
/// Every commerce and store endpoint, found from the routing table (so a new endpoint is probed without editing this
/// test), is called with the other tenant's token: on the other tenant's host with every id, handle, SKU and token of
/// the shop's data in every route parameter and body, and on the shop's host. Nothing of the shop may come back, no
/// protected endpoint may answer the foreign token, and the shop's data must be unchanged afterwards.
/// </summary>
public abstract class TenantIsolationProbeTests : CommerceHttpTestBase
{
    // Only the shop's data carries this word, and no probe request does, so any response containing it leaked.
    private const string Marker = "zanzibar";

    [Fact]
    public async Task EveryEndpoint_OtherTenantsToken_NeitherReadsNorChangesShopData()
    {
        var shop = await ShopData.SeedAsync(Admin, Anonymous, Marker);
        var before = await shop.SnapshotAsync(Admin, Anonymous);
        var endpoints = CommerceEndpoints();
        var onShopHost = Host.CreateClient(ShopHost, OtherAdminToken);
        var failures = new List<string>();

        foreach (var (method, pattern, requiresAuth) in endpoints)
            foreach (var path in Expand(pattern, shop.Identifiers))
            {
                using var foreign = await SendAsync(OtherAdmin, method, path, shop);
                var text = await foreign.Content.ReadAsStringAsync();
                if (text.Contains(Marker, StringComparison.OrdinalIgnoreCase) || (int)foreign.StatusCode >= 500)
                    failures.Add($"{method} {path} on {OtherHost}: {(int)foreign.StatusCode} {text[..Math.Min(200, text.Length)]}");
                if (!requiresAuth) continue;
                using var onShop = await SendAsync(onShopHost, method, path, shop);
                if (onShop.StatusCode != HttpStatusCode.Unauthorized)
                    failures.Add($"{method} {path} on {ShopHost} with the other tenant's token: {(int)onShop.StatusCode}");
            }

        failures.Should().BeEmpty();
        (await shop.SnapshotAsync(Admin, Anonymous)).Should().Be(before);
        endpoints.Should().HaveCountGreaterThan(30);
        endpoints.Select(e => e.Pattern).Should().Contain(p => p.Contains("/orders/{id}"))
            .And.Contain(p => p.Contains("/carts/{cartId}/checkout"))
            .And.Contain(p => p.Contains("/inventory/{sku}"))
            .And.Contain(p => p.Contains("/products/{id}"))
            .And.Contain("/api/commerce/events");
    }

    private List<(string Method, string Pattern, bool RequiresAuth)> CommerceEndpoints() =>
        Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/commerce") || raw.StartsWith("/api/store"))
                && !raw.EndsWith("openapi.json"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => (
                method, e.RoutePattern.RawText!,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any() && e.Metadata.GetMetadata<IAllowAnonymous>() is null)))
            .Distinct().ToList();

    private static IEnumerable<string> Expand(string pattern, IReadOnlyList<string> values)
    {
        var start = pattern.IndexOf('{');
        if (start < 0)
        {
            yield return pattern;
            yield break;
        }
        var end = pattern.IndexOf('}', start);
        foreach (var value in values)
            foreach (var rest in Expand(pattern[(end + 1)..], values))
                yield return pattern[..start] + Uri.EscapeDataString(value) + rest;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, ShopData shop)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        if (method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent(shop.ProbeBody(), Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }
}

public sealed class SqliteTenantIsolationProbeTests : TenantIsolationProbeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresTenantIsolationProbeTests : TenantIsolationProbeTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
