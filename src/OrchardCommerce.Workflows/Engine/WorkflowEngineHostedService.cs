using Microsoft.Extensions.Hosting;

namespace OrchardCommerce.Workflows.Engine;

/// <summary>Starts the engine with the host (state loaded, timers running) and stops it on shutdown.</summary>
internal sealed class WorkflowEngineHostedService(WorkflowEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);
}
