using OrchardCommerce.Workflows.Client.Workers;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>A real <see cref="IJobHandler"/>, resolved per job from DI, that does what the probe says.</summary>
public sealed class ProbeHandler(HandlerProbe probe) : IJobHandler
{
    public Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken cancellationToken) => probe.RunAsync(job, cancellationToken);
}
