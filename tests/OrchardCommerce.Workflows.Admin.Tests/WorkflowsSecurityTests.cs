using System.Net;
using OrchardCommerce.Jobs.Dashboard.Tests;
using OrchardCommerce.Workflows.Admin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Workflows.Admin.Tests;

/// <summary>The section sits in the dashboard's guarded group: sign-in for every page, antiforgery for every POST.</summary>
[Collection(WorkflowsAdminCollection.Name)]
public sealed class WorkflowsSecurityTests(WorkflowsAdminHost host)
{
    [Theory]
    [InlineData("/jobs/workflows")]
    [InlineData("/jobs/workflows/instances/2251799813685249")]
    [InlineData("/jobs/workflows/orders/acme/ORD-1")]
    public async Task Page_WithoutSignIn_RedirectsToLogin(string path)
    {
        using var client = await host.DashboardAsync(signedIn: false);

        var response = await client.GetPageAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/jobs/login?returnUrl=" + Uri.EscapeDataString(path));
    }

    [Theory]
    [InlineData("/jobs/workflows/instances/2251799813685249/progress")]
    [InlineData("/jobs/workflows/definitions/2251799813685249/xml")]
    [InlineData("/jobs/workflows/assets/instance-view.js")]
    public async Task Data_WithoutSignIn_Returns401(string path)
    {
        using var client = await host.DashboardAsync(signedIn: false);

        var response = await client.GetJsonAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RetryForm_WithoutAntiforgeryToken_Returns400AndLeavesTheIncident()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var response = await client.PostFormAsync($"/jobs/workflows/incidents/{instance.IncidentKey}/retry", []);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await host.Camunda.GetIncidentAsync(instance.IncidentKey)).State.Should().Be("ACTIVE");
        (await host.TryActivateAsync(instance.FailJobType)).Should().BeNull("a refused retry leaves the job without retries");
    }

    [Fact]
    public async Task RetryJson_WithoutOrWithWrongHeaderToken_Returns400()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();
        var token = await client.GetAntiforgeryTokenAsync(instance.Page);
        var body = $"{{\"incidentKey\":\"{instance.IncidentKey}\"}}";

        var without = await client.PostJsonAsync($"{instance.Page}/retry", body, antiforgery: null);
        var wrong = await client.PostJsonAsync($"{instance.Page}/retry", body, antiforgery: token[..^2] + "xx");

        without.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await host.Camunda.GetIncidentAsync(instance.IncidentKey)).State.Should().Be("ACTIVE");
    }

    [Fact]
    public async Task WorkflowsPage_OnAnotherTenantsHost_IsNotFound()
    {
        await host.Cms.Services.GetRequiredService<ShellHost>().SaveAsync(new ShellSettings
        {
            Name = "shop" + Guid.NewGuid().ToString("N")[..6], State = ShellState.Running,
            RequestUrlHosts = ["shop.localhost"], CreatedUtc = DateTime.UtcNow,
        });
        using var tenant = host.Cms.CreateClient("shop.localhost");

        var response = await tenant.GetAsync("/jobs/workflows");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "the dashboard, sections included, is the Default tenant's only");
    }
}
