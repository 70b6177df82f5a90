using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>The repo's bpmn/ folder, deployed as the daemon deploys it at start: in one deployment, all or nothing.</summary>
public sealed class BundledProcessesTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await EngineHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Deploy_BpmnFolder_EveryProcessAccepted()
    {
        // Arrange
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "bpmn"), "*.bpmn").Order(StringComparer.Ordinal)
            .Select(path => new DeploymentResource(Path.GetFileName(path), File.ReadAllBytes(path))).ToList();

        // Act
        var result = await _harness.Engine.DeployAsync(files);

        // Assert
        result.Processes.Select(p => p.BpmnProcessId).Should()
            .BeEquivalentTo("marketplace-order", "order-fulfillment", "return-request", "subscription-dunning");
    }
}
