using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Daemon.Orders;

/// <summary>
/// Deploys the BPMN folder at start, in one deployment (all or nothing), retrying until the engine answers. The engine
/// keeps an unchanged file's version, so every start may deploy again.
/// </summary>
public sealed class BpmnDeployer(CamundaClient camunda, IOptions<OrderWorkflowOptions> options, IHostApplicationLifetime lifetime,
    ILogger<BpmnDeployer> logger) : BackgroundService
{
    private readonly TaskCompletionSource _deployed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the folder is deployed (tests and health wait on it).</summary>
    public Task Deployed => _deployed.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await HostStart.WaitAsync(lifetime, stoppingToken); }
        catch (OperationCanceledException) { return; }
        var folder = options.Value.BpmnPath;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            logger.LogWarning("No BPMN folder at '{Folder}' (Workflows:Orders:BpmnPath); nothing deployed.", folder);
            _deployed.TrySetResult();
            return;
        }
        var files = Directory.GetFiles(folder, "*.bpmn").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))).ToList();
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var result = await camunda.DeployAsync(files, cancellationToken: stoppingToken);
                logger.LogInformation("Deployed {Count} BPMN files from {Folder}: {Processes}.", files.Count, folder,
                    string.Join(", ", result.Deployments.Select(d => d.ProcessDefinition is { } p ? $"{p.ProcessDefinitionId} v{p.ProcessDefinitionVersion}" : "?")));
                _deployed.TrySetResult();
                return;
            }
            catch (CamundaBadRequestException invalid)
            {
                // A broken file will not deploy by retrying; say which and stop.
                logger.LogError("The BPMN folder {Folder} was rejected: {Detail}", folder, invalid.Message);
                _deployed.TrySetException(invalid);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                if (attempt == 1) logger.LogWarning("The workflow engine is not reachable yet; retrying the deployment: {Error}", exception.Message);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(15).Ticks));
            }
        }
    }
}
