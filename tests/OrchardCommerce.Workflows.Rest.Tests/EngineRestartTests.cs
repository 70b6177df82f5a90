using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Rest.Tests;

/// <summary>
/// Cms.Web as its own process, killed like kill -9 while instances wait on a timer, a message and a job; restarted on
/// the same App_Data, every instance continues and completes.
/// </summary>
public sealed class EngineRestartTests : IAsyncLifetime
{
    private const string Token = "restart-token-0123456789abcdef";
    private readonly string _appData = Directory.CreateTempSubdirectory("oc-engine-restart-").FullName;

    private Task<CmsProcess> StartAsync() => CmsProcess.StartAsync(_appData, RepoPaths.Recipes, "empty",
        settings: new Dictionary<string, string> { ["Workflows:Engine:Token"] = Token });

    private static HttpClient Engine(CmsProcess cms)
    {
        var client = cms.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    [Fact]
    public async Task KillWhileWaiting_AfterRestart_TimersMessagesAndJobsCarryOn()
    {
        var tickets = Enumerable.Range(1, 5).Select(i => $"t-{i}").ToList();
        await using (var first = await StartAsync())
        {
            using var engine = Engine(first);
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Processes", "waits.bpmn"))), "resources", "waits.bpmn");
            (await engine.PostAsync("engine/v2/deployments", form)).EnsureSuccessStatusCode();
            foreach (var ticket in tickets)
                (await engine.PostAsJsonAsync("engine/v2/process-instances", new { processDefinitionId = "waits", variables = new { ticket } }))
                    .EnsureSuccessStatusCode();
            await first.KillAsync();
        }

        await using var second = await StartAsync();
        using var after = Engine(second);
        foreach (var ticket in tickets)
            (await after.PostAsJsonAsync("engine/v2/messages/publication", new { name = "restart-resume", correlationKey = ticket, timeToLive = 60_000 }))
                .EnsureSuccessStatusCode();
        var completedJobs = 0;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (completedJobs < tickets.Count && DateTime.UtcNow < deadline)
        {
            var activation = await after.PostAsJsonAsync("engine/v2/jobs/activation",
                new { type = "restart.job", timeout = 30_000, maxJobsToActivate = 10, requestTimeout = 1_000 });
            foreach (var job in (await activation.Content.ReadFromJsonAsync<JsonObject>())!["jobs"]!.AsArray())
            {
                (await after.PostAsJsonAsync($"engine/v2/jobs/{(string)job!["jobKey"]!}/completion", new { })).EnsureSuccessStatusCode();
                completedJobs++;
            }
        }
        JsonObject search;
        do
        {
            await Task.Delay(100);
            search = (await (await after.PostAsJsonAsync("engine/v2/process-instances/search",
                new { filter = new { processDefinitionId = "waits", state = "COMPLETED" } })).Content.ReadFromJsonAsync<JsonObject>())!;
        } while ((int)search["page"]!["totalItems"]! < tickets.Count && DateTime.UtcNow < deadline);

        completedJobs.Should().Be(tickets.Count);
        ((int)search["page"]!["totalItems"]!).Should().Be(tickets.Count);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try { Directory.Delete(_appData, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
