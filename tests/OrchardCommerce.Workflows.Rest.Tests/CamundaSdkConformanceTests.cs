using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Rest.Tests;

/// <summary>
/// Camunda's own 8.8 client (@camunda8/orchestration-cluster-api, tests/camunda-conformance/conformance.mjs) drives
/// the embedded engine over HTTP with basic auth: deploy, start, a job worker, a buffered message, completion, and
/// the problem details of an unknown job, an unknown process and an unsupported element.
/// </summary>
public sealed class CamundaSdkConformanceTests(EngineHost host) : IClassFixture<EngineHost>
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "camunda-conformance");

    [Fact]
    public async Task OfficialClient_FullLifecycle_CompletesAndErrorsMatchTheGateway()
    {
        var result = await RunAsync();

        ((int)result["brokers"]!, (string)result["gatewayVersion"]!).Should().Be((1, "8.8.0"));
        ((string)result["deployed"]!["id"]!, (int)result["deployed"]!["version"]!).Should().Be(("conformance-order", 1));
        var job = result["jobs"]!.AsArray().Should().ContainSingle().Subject!;
        ((string)job["orderId"]!, (string)job["step"]!, (string)job["instance"]!).Should().Be(("o-42", "greeting", (string)result["instanceKey"]!));
        ((string)result["finalState"]!).Should().Be("COMPLETED");
        ((int)result["completedCount"]!).Should().Be(1);

        var errors = result["errors"]!;
        ((int)errors["unknownJob"]!["status"]!).Should().Be(404);
        ((string)errors["unknownJob"]!["detail"]!).Should().Contain("Expected to complete job with key '2251799813999999', but no such job was found");
        ((int)errors["unknownProcess"]!["status"]!).Should().Be(404);
        ((string)errors["unknownProcess"]!["detail"]!).Should().Contain("process ID 'no-such-process'");
        ((int)errors["unsupportedElement"]!["status"]!).Should().Be(400);
        ((string)errors["unsupportedElement"]!["detail"]!).Should().Contain("CallSomething").And.Contain("callActivity");
    }

    private async Task<JsonNode> RunAsync()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@camunda8")))
            throw new InvalidOperationException($"Camunda's client is not installed in {Folder}: run test.sh (it runs npm ci there).");
        var start = new ProcessStartInfo("node", "conformance.mjs")
        {
            WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment =
            {
                ["CAMUNDA_REST_ADDRESS"] = host.EngineAddress.ToString(),
                ["CAMUNDA_AUTH_STRATEGY"] = "BASIC",
                ["CAMUNDA_BASIC_AUTH_USERNAME"] = host.Username,
                ["CAMUNDA_BASIC_AUTH_PASSWORD"] = host.Password,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException("conformance.mjs failed: " + await error);
        return JsonNode.Parse(await output)!;
    }
}
