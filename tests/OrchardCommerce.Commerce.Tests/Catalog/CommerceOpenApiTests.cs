using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Api;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public sealed class CommerceOpenApiTests : CommerceHttpTestBase
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task Document_EveryCommerceAndStoreEndpoint_IsDescribedWithItsMethod()
    {
        var response = await Anonymous.GetAsync(OpenApiDocumentApi.Route);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paths"]!.AsObject();
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => OpenApiDocumentApi.IsCommercePath(e.RoutePattern.RawText ?? ""))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Path: "/" + e.RoutePattern.RawText!.Trim('/'), Method: m)))
            .ToList();

        endpoints.Should().Contain(("/api/commerce/products/{id}", "PUT")).And.Contain(("/api/store/products/{handle}", "GET"));
        var missing = endpoints.Where(e => paths[e.Path]?[e.Method.ToLowerInvariant()] is null).ToList();
        missing.Should().BeEmpty("every commerce endpoint belongs in the document");
        paths.Select(p => p.Key).Should().OnlyContain(p => OpenApiDocumentApi.IsCommercePath(p), "other modules' APIs are not in the commerce document");
    }

    [Fact]
    public async Task Document_TenantWithoutCommerce_Returns404()
    {
        using var defaultTenant = Host.CreateClient("localhost");

        (await defaultTenant.GetAsync(OpenApiDocumentApi.Route)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
