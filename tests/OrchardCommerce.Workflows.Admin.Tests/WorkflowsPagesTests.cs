using System.Net;
using System.Text.Json.Nodes;
using HtmlAgilityPack;
using OrchardCommerce.Jobs.Dashboard.Tests;
using OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Admin.Tests;

/// <summary>The section's pages and data over real HTTP against Cms.Web's embedded engine.</summary>
[Collection(WorkflowsAdminCollection.Name)]
public sealed class WorkflowsPagesTests(WorkflowsAdminHost host)
{
    [Fact]
    public async Task List_WithIncidentFilter_ShowsTheInstanceAndItsIncidentEncodedUnderANonceCsp()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var response = await client.GetPageAsync("/jobs/workflows?state=incident");
        var document = DashboardHttpClient.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'nonce-").And.Contain("style-src 'self'");
        document.DocumentNode.SelectSingleNode("//nav/a[@class='section' and .='Workflows']")!.GetAttributeValue("href", "").Should().Be("/jobs/workflows");
        document.DocumentNode.SelectSingleNode($"//table[@class='instances']//a[@href='{instance.Page}']").Should().NotBeNull();
        var row = document.DocumentNode.SelectSingleNode($"//tr[@data-incident-key='{instance.IncidentKey}']")!;
        row.SelectSingleNode("td[@class='error']")!.InnerHtml.Should().Be("Carrier &lt;b&gt;down&lt;/b&gt;");
        row.SelectSingleNode($".//form[@action='/jobs/workflows/incidents/{instance.IncidentKey}/retry']/input[@name='__RequestVerificationToken']")
            .Should().NotBeNull();
    }

    [Fact]
    public async Task List_CompletedFilter_LeavesActiveInstancesOutAndUnknownStateIs404()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var completed = await client.GetDocumentAsync("/jobs/workflows?state=completed");
        var all = await client.GetDocumentAsync("/jobs/workflows");
        var unknown = await client.GetPageAsync("/jobs/workflows?state=sleeping");

        completed.DocumentNode.SelectSingleNode($"//table[@class='instances']//a[@href='{instance.Page}']").Should().BeNull();
        all.DocumentNode.SelectSingleNode($"//table[@class='instances']//a[@href='{instance.Page}']").Should().NotBeNull("the newest instance is on the first page");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InstancePage_ShowsHeaderVariablesDiagramContainerAndScriptsByNonce()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var response = await client.GetPageAsync(instance.Page);
        var html = await response.Content.ReadAsStringAsync();
        var document = DashboardHttpClient.Parse(html);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        HtmlEntity.DeEntitize(document.GetElementbyId("instance-state")!.InnerText).Should().Be("ACTIVE · incident");
        var variables = document.DocumentNode.SelectNodes("//table[@class='variables']/tbody/tr")!
            .ToDictionary(r => r.SelectSingleNode("td[1]")!.InnerText, r => r.SelectSingleNode("td[2]")!.InnerHtml);
        variables["note"].Should().Be("&quot;&lt;b&gt;fragile&lt;/b&gt;&quot;");
        variables["orderId"].Should().Be($"&quot;{instance.OrderId}&quot;");
        var view = document.DocumentNode.SelectSingleNode("//div[@class='oc-instance-view']")!;
        view.GetAttributeValue("data-xml-url", "").Should().Be($"/jobs/workflows/definitions/{instance.ProcessDefinitionKey}/xml");
        view.GetAttributeValue("data-progress-url", "").Should().Be($"{instance.Page}/progress");
        view.GetAttributeValue("data-retry-url", "").Should().Be($"{instance.Page}/retry");
        document.DocumentNode.SelectSingleNode("//meta[@name='csrf-token']")!.GetAttributeValue("content", "").Should().NotBeEmpty();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scripts = document.DocumentNode.SelectNodes("//script")!;
        scripts.Select(s => s.GetAttributeValue("src", "")).Should().Contain(["/jobs/workflows/assets/bpmn-navigated-viewer.production.min.js",
            "/jobs/workflows/assets/instance-view.js"]);
        scripts.Should().OnlyContain(s => csp.Contains($"'nonce-{s.GetAttributeValue("nonce", "")}'") && s.InnerHtml.Length == 0);
        html.Should().NotContain(" onclick=").And.NotContain(" style=");
    }

    [Fact]
    public async Task InstancePage_UnknownKey_Is404()
    {
        using var client = await host.DashboardAsync();

        var response = await client.GetPageAsync("/jobs/workflows/instances/2251799813999991");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Progress_InstanceWithIncident_NamesActiveCompletedTakenFlowsAndTheIncident()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var response = await client.GetJsonAsync($"{instance.Page}/progress");
        var progress = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        progress["active"]!.AsArray().Select(a => ((string)a!["elementId"]!, (int)a["count"]!)).Should().BeEquivalentTo([("Wait", 1), ("Fail", 1)]);
        progress["completed"]!.AsArray().Select(c => (string)c!).Should().BeEquivalentTo(["Start", "First", "Fork"]);
        progress["takenFlows"]!.AsArray().Select(f => (string)f!).Should().BeEquivalentTo(["F1", "F2", "F3", "F4"]);
        var incident = progress["incidents"]!.AsArray().Should().ContainSingle().Subject!;
        ((string)incident["elementId"]!, (string)incident["incidentKey"]!, (string)incident["errorType"]!, (string)incident["errorMessage"]!)
            .Should().Be(("Fail", instance.IncidentKey.ToString(), "JOB_NO_RETRIES", "Carrier <b>down</b>"));
    }

    [Fact]
    public async Task DefinitionXml_IsTheDeployedBpmn()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var response = await client.GetJsonAsync($"/jobs/workflows/definitions/{instance.ProcessDefinitionKey}/xml");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        (await response.Content.ReadAsStringAsync()).Should().Contain($"id=\"admin-fork-{instance.Id}\"").And.Contain("BPMNDiagram");
    }

    [Fact]
    public async Task OrderLink_KnownOrder_RedirectsToItsInstanceAndUnknownIs404()
    {
        var instance = await host.StartWithIncidentAsync();
        using var client = await host.DashboardAsync();

        var known = await client.GetPageAsync($"/jobs/workflows/orders/acme/{instance.OrderId}");
        var otherTenant = await client.GetPageAsync($"/jobs/workflows/orders/globex/{instance.OrderId}");
        var unknown = await client.GetPageAsync("/jobs/workflows/orders/acme/ORD-nowhere");

        known.StatusCode.Should().Be(HttpStatusCode.Redirect);
        known.Headers.Location!.OriginalString.Should().Be(instance.Page);
        otherTenant.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Assets_BpmnFontAndViewer_ServedFromTheAssembly()
    {
        using var client = await host.DashboardAsync();

        var font = await client.GetJsonAsync("/jobs/workflows/assets/bpmn.woff2");
        var viewer = await client.GetJsonAsync("/jobs/workflows/assets/bpmn-navigated-viewer.production.min.js");

        (font.StatusCode, font.Content.Headers.ContentType!.MediaType).Should().Be((HttpStatusCode.OK, "font/woff2"));
        (viewer.StatusCode, viewer.Content.Headers.ContentType!.MediaType).Should().Be((HttpStatusCode.OK, "text/javascript"));
        (await viewer.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(100_000);
    }
}
