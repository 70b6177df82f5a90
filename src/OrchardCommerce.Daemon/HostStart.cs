using Microsoft.Extensions.Hosting;

namespace OrchardCommerce.Daemon;

/// <summary>
/// Waits for the host to have started: inside Cms.Web the daemon calls the host's own HTTP APIs, which answer only
/// once Kestrel listens (it starts after the daemon's services).
/// </summary>
internal static class HostStart
{
    public static async Task WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStop = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }
}
