using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Rest.Tests;

/// <summary>The gateway's wire behaviour that clients depend on: auth, validation wording, problem details, paging.</summary>
public sealed class EngineRestProtocolTests(EngineHost host) : IClassFixture<EngineHost>
{
    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)problem["title"]!, (int)problem["status"]!, (string)problem["type"]!).Should().Be((title, (int)status, "about:blank"));
        return problem;
    }

    private async Task<JsonObject> DeployAsync(string file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Processes", file))), "resources", file);
        var response = await host.Http().PostAsync("engine/v2/deployments", form);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task Calls_WithoutOrWithWrongCredentials_401UnlessBearerOrBasicMatch()
    {
        var anonymous = await host.Http(signedIn: false).GetAsync("engine/v2/topology");
        var wrong = host.Http(signedIn: false);
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Token + "x");
        var basic = host.Http(signedIn: false);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", host.BasicHeader);

        await ProblemAsync(anonymous, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        anonymous.Headers.WwwAuthenticate.Should().NotBeEmpty();
        (await wrong.GetAsync("engine/v2/topology")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await basic.GetAsync("engine/v2/topology")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.Http().GetAsync("engine/v2/status")).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Activation_MissingFields_400ListingEveryViolation()
    {
        var response = await host.Http().PostAsJsonAsync("engine/v2/jobs/activation", new { maxJobsToActivate = 0 });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "INVALID_ARGUMENT");
        ((string)problem["detail"]!).Should().Be(
            "No type provided. No timeout provided. The value for maxJobsToActivate is '0' but must be greater than 0.");
        ((string)problem["instance"]!).Should().Be("/engine/v2/jobs/activation");
    }

    [Fact]
    public async Task Commands_BadInput_GatewayProblems()
    {
        var tenant = await host.Http().PostAsJsonAsync("engine/v2/messages/publication", new { name = "x", tenantId = "acme" });
        var changeset = await host.Http().PatchAsJsonAsync("engine/v2/jobs/2251799813685249", new { changeset = new { } });
        var unknownJob = await host.Http().PostAsJsonAsync("engine/v2/jobs/2251799813685999/completion", new { variables = new { } });
        var badKey = await host.Http().PostAsync("engine/v2/jobs/abc/completion", null);
        var malformed = await host.Http().PostAsync("engine/v2/process-instances", new StringContent("{", null, "application/json"));

        ((string)(await ProblemAsync(tenant, HttpStatusCode.BadRequest, "INVALID_ARGUMENT"))["detail"]!).Should().Contain("multi-tenancy is disabled");
        ((string)(await ProblemAsync(changeset, HttpStatusCode.BadRequest, "INVALID_ARGUMENT"))["detail"]!)
            .Should().Be("At least one field between retries, timeout is required.");
        ((string)(await ProblemAsync(unknownJob, HttpStatusCode.NotFound, "NOT_FOUND"))["detail"]!).Should().Be(
            "Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete job with key '2251799813685999', but no such job was found");
        await ProblemAsync(badKey, HttpStatusCode.BadRequest, "INVALID_ARGUMENT");
        await ProblemAsync(malformed, HttpStatusCode.BadRequest, "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task Get_UnknownKeys_404NotFoundProblems()
    {
        foreach (var path in new[] { "process-instances", "incidents", "user-tasks", "process-definitions", "process-definitions/2251799813999990/xml" })
        {
            var response = await host.Http().GetAsync(path.EndsWith("xml") ? $"engine/v2/{path}" : $"engine/v2/{path}/2251799813999990");

            await ProblemAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
        }
    }

    [Fact]
    public async Task Deploy_BrokenFeel_400NamingElementAndNothingDeployed()
    {
        var before = await host.Http().PostAsJsonAsync("engine/v2/process-definitions/search", new { filter = new { processDefinitionId = "broken-feel" } });
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Processes", "broken-feel.bpmn"))),
            "resources", "broken-feel.bpmn");

        var response = await host.Http().PostAsync("engine/v2/deployments", form);

        var detail = (string)(await ProblemAsync(response, HttpStatusCode.BadRequest, "INVALID_ARGUMENT"))["detail"]!;
        detail.Should().Contain("broken-feel.bpmn").And.Contain("F2").And.Contain("failed to parse expression");
        var after = await host.Http().PostAsJsonAsync("engine/v2/process-definitions/search", new { filter = new { processDefinitionId = "broken-feel" } });
        ((int)(await after.Content.ReadFromJsonAsync<JsonObject>())!["page"]!["totalItems"]!).Should().Be(0);
        before.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Search_PagedByCursorFilteredAndSorted_WalksEveryInstanceOnce()
    {
        await DeployAsync("two-tasks.bpmn");
        var keys = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var created = await host.Http().PostAsJsonAsync("engine/v2/process-instances",
                new { processDefinitionId = "two-tasks", variables = new { n = i } });
            keys.Add((string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["processInstanceKey"]!);
        }
        var filter = new JsonObject { ["processDefinitionId"] = "two-tasks", ["processInstanceKey"] = new JsonObject { ["$in"] = new JsonArray([.. keys.Select(k => (JsonNode)k)]) } };

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = new JsonObject { ["limit"] = 2 };
            if (after is not null) page["after"] = after;
            var body = new JsonObject { ["filter"] = filter.DeepClone(), ["sort"] = new JsonArray(new JsonObject { ["field"] = "processInstanceKey", ["order"] = "DESC" }), ["page"] = page };
            var answer = (await (await host.Http().PostAsJsonAsync("engine/v2/process-instances/search", body)).Content.ReadFromJsonAsync<JsonObject>())!;
            ((int)answer["page"]!["totalItems"]!).Should().Be(5);
            var items = answer["items"]!.AsArray();
            seen.AddRange(items.Select(i => (string)i!["processInstanceKey"]!));
            after = items.Count == 0 ? null : (string?)answer["page"]!["endCursor"];
        } while (after is not null && seen.Count < 10);

        seen.Should().Equal(keys.OrderByDescending(long.Parse));
    }
}
