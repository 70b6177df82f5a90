using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>Registers job workers (they need <c>AddCamundaClient</c>) and their health check.</summary>
public static class JobWorkerServiceCollectionExtensions
{
    public const string HealthCheckName = "workflow-workers";

    /// <summary>
    /// Runs a worker for <paramref name="jobType"/> in this host; <typeparamref name="THandler"/> is resolved in a new
    /// scope per job. One worker per job type and process.
    /// </summary>
    public static IServiceCollection AddJobWorker<THandler>(this IServiceCollection services, string jobType,
        Action<JobWorkerOptions>? configure = null) where THandler : class, IJobHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobType);
        if (services.Any(d => d.ImplementationInstance is JobWorkerRegistration r && r.JobType == jobType))
            throw new InvalidOperationException($"A job worker for '{jobType}' is already registered.");
        var options = new JobWorkerOptions();
        configure?.Invoke(options);
        options.Validate(jobType);

        services.AddSingleton(new JobWorkerRegistration(jobType, typeof(THandler), options));
        services.TryAddScoped<THandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<JobWorkerMonitor>();
        services.TryAddSingleton<JobWorkerMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, JobWorkersHostedService>());
        return services;
    }

    /// <summary>Adds the "workflow-workers" health check; unhealthy after <paramref name="failingThreshold"/> (1 min) of failed polls.</summary>
    public static IHealthChecksBuilder AddJobWorkerHealthCheck(this IHealthChecksBuilder builder, TimeSpan? failingThreshold = null,
        IEnumerable<string>? tags = null)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<JobWorkerMonitor>();
        var threshold = failingThreshold ?? TimeSpan.FromMinutes(1);
        return builder.Add(new HealthCheckRegistration(HealthCheckName,
            provider => new JobWorkerHealthCheck(provider.GetRequiredService<JobWorkerMonitor>(), provider.GetRequiredService<TimeProvider>(), threshold),
            HealthStatus.Unhealthy, tags));
    }

    /// <summary>Shorthand for <c>services.AddHealthChecks().AddJobWorkerHealthCheck(…)</c>.</summary>
    public static IHealthChecksBuilder AddJobWorkerHealthCheck(this IServiceCollection services, TimeSpan? failingThreshold = null) =>
        services.AddHealthChecks().AddJobWorkerHealthCheck(failingThreshold);
}
