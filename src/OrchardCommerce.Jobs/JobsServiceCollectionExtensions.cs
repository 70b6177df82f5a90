using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrchardCommerce.Jobs.Execution;
using OrchardCommerce.Jobs.Hosting;
using OrchardCommerce.Jobs.Maintenance;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs;

/// <summary>Registration of the jobs engine: AddJobs for the client side, AddJobWorkers for processing.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>Options from the "Jobs" section, storage, client, monitor, state machine and metrics.</summary>
    public static JobsBuilder AddJobs(this IServiceCollection services, IConfiguration configuration) =>
        services.AddJobs(options => configuration.GetSection(JobsOptions.SectionName).Bind(options));

    public static JobsBuilder AddJobs(this IServiceCollection services, Action<JobsOptions> configure)
    {
        services.AddOptions<JobsOptions>().Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new JobRandom(Random.Shared));
        services.TryAddSingleton<JobTypeRegistry>();
        services.TryAddSingleton<JobSignal>();
        services.TryAddSingleton<JobsMetrics>();
        services.TryAddSingleton<IJobStorage>(sp => JobStorageFactory.Create(sp.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.TryAddSingleton<JobStateMachine>();
        services.TryAddSingleton<JobClient>();
        services.TryAddSingleton<IJobClient>(sp => sp.GetRequiredService<JobClient>());
        services.TryAddSingleton<IJobMonitor, JobMonitor>();
        services.TryAddSingleton<IFeedCursors, FeedCursors>();
        services.TryAddSingleton(sp => (IJobsDatabase)sp.GetRequiredService<IJobStorage>());
        return new JobsBuilder(services);
    }

    /// <summary>The hosted service: N workers, heartbeats, lease rescue, retention, the recurring scheduler.</summary>
    public static IServiceCollection AddJobWorkers(this IServiceCollection services)
    {
        services.TryAddSingleton<JobServerIdentity>();
        services.TryAddSingleton<JobExecutor>();
        services.TryAddSingleton<JobProcessor>();
        services.TryAddSingleton<LeaseRescuer>();
        services.TryAddSingleton<RetentionCleaner>();
        services.TryAddSingleton<RecurringScheduler>();
        services.TryAddSingleton<ContinuationPromoter>();
        services.AddHostedService<JobsHostedService>();
        return services;
    }
}
