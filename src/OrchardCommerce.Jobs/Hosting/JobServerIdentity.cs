using Microsoft.Extensions.Options;

namespace OrchardCommerce.Jobs.Hosting;

/// <summary>This process's name in leases, history and the servers table.</summary>
internal sealed class JobServerIdentity(IOptions<JobsOptions> options)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(options.Value.ServerName)
        ? $"{Environment.MachineName.ToLowerInvariant()}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}"
        : options.Value.ServerName!;
}
