using System.Net;
using OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Admin.Tests;

/// <summary>Retry raises the job's retries and resolves the incident, so a worker can take the job again.</summary>
[Collection(WorkflowsAdminCollection.Name)]
public sealed class WorkflowsRetryTests(WorkflowsAdminHost host)
{
    [Fact]
    public async Task RetryForm_WithAntiforgery_ResolvesIncidentAndJobIsActivatableAgain()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var response = await client.PostWithAntiforgeryAsync("/jobs/workflows", $"/jobs/workflows/incidents/{instance.IncidentKey}/retry");
        var flash = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be($"/jobs/workflows?done=retried&incident={instance.IncidentKey}");
        flash.DocumentNode.SelectSingleNode("//p[@class='flash']")!.InnerText.Should().Contain($"Incident {instance.IncidentKey} was resolved");
        (await host.Camunda.GetIncidentAsync(instance.IncidentKey)).State.Should().Be("RESOLVED");
        var job = await host.TryActivateAsync(instance.FailJobType);
        (job?.JobKey, job?.Retries).Should().Be((instance.FailJobKey, 1));
    }

    [Fact]
    public async Task RetryForm_FromInstancePage_RedirectsBackToIt()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var response = await client.PostWithAntiforgeryAsync(instance.Page, $"/jobs/workflows/incidents/{instance.IncidentKey}/retry",
            ("instance", instance.ProcessInstanceKey.ToString()));

        response.Headers.Location!.OriginalString.Should().Be($"{instance.Page}?done=retried&incident={instance.IncidentKey}");
        (await host.TryActivateAsync(instance.FailJobType)).Should().NotBeNull();
    }

    [Fact]
    public async Task RetryForm_SameIncidentTwice_SaysAlreadyResolved()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();
        await client.PostWithAntiforgeryAsync("/jobs/workflows", $"/jobs/workflows/incidents/{instance.IncidentKey}/retry");

        var again = await client.PostWithAntiforgeryAsync("/jobs/workflows", $"/jobs/workflows/incidents/{instance.IncidentKey}/retry");

        again.Headers.Location!.OriginalString.Should().Be($"/jobs/workflows?done=retry-already-resolved&incident={instance.IncidentKey}");
    }

    [Fact]
    public async Task RetryJson_WithHeaderToken_Returns204AndResolves()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();
        var token = await client.GetAntiforgeryTokenAsync(instance.Page);

        var response = await client.PostJsonAsync($"{instance.Page}/retry", $"{{\"incidentKey\":\"{instance.IncidentKey}\"}}", token);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await host.Camunda.GetIncidentAsync(instance.IncidentKey)).State.Should().Be("RESOLVED");
        (await host.TryActivateAsync(instance.FailJobType))!.JobKey.Should().Be(instance.FailJobKey);
    }

    [Fact]
    public async Task RetryJson_IncidentOfAnotherInstance_Returns404AndLeavesIt()
    {
        var instance = await host.StartWithIncidentAsync();
        var other = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();
        var token = await client.GetAntiforgeryTokenAsync(instance.Page);

        var response = await client.PostJsonAsync($"{instance.Page}/retry", $"{{\"incidentKey\":\"{other.IncidentKey}\"}}", token);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await host.Camunda.GetIncidentAsync(other.IncidentKey)).State.Should().Be("ACTIVE");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"incidentKey\":\"abc\"}")]
    [InlineData("[1]")]
    [InlineData("not json")]
    public async Task RetryJson_WithoutAValidKey_IsAValidationProblemNamingTheField(string body)
    {
        using var client = await host.DashboardAsync();
        var token = await client.GetAntiforgeryTokenAsync("/jobs/workflows");

        var response = await client.PostJsonAsync("/jobs/workflows/instances/2251799813685249/retry", body, token);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"incidentKey\"");
    }
}
