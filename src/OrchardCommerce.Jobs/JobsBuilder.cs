using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrchardCommerce.Jobs;

/// <summary>Returned by AddJobs to register job types.</summary>
public sealed class JobsBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Registers a job type; the handler is resolved in a new scope for every run.</summary>
    public JobsBuilder AddJobType<TPayload, THandler>(string type, RetryPolicy? retry = null, TimeSpan? timeout = null, string? queue = null)
        where THandler : class, IJobHandler<TPayload>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Services.TryAddScoped<THandler>();
        Services.AddSingleton(JobTypeRegistration.Create<TPayload, THandler>(type, retry, timeout, queue));
        return this;
    }
}
