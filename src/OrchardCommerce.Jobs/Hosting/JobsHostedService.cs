using Microsoft.Extensions.Hosting;
namespace OrchardCommerce.Jobs.Hosting;

internal sealed class JobsHostedService : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
