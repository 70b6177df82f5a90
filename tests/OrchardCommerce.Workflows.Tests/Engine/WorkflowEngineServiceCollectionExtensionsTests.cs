using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class WorkflowEngineServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddWorkflowEngine_HostedServiceStartsTheSingletonEngine()
    {
        // Arrange
        var file = Path.Combine(Path.GetTempPath(), $"wf-di-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection().AddLogging();
        services.AddWorkflowEngine(options => options.ConnectionString = $"Data Source={file}");
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();

        // Act
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        var engine = provider.GetRequiredService<WorkflowEngine>();
        var result = await engine.DeployAsync([Bpmn.Resource("p.bpmn", Bpmn.Around(Bpmn.Task("x", "t")))]);
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        // Assert
        engine.Should().BeSameAs(provider.GetRequiredService<WorkflowEngine>());
        result.Processes.Should().ContainSingle();
        File.Exists(file).Should().BeTrue();
    }
}
