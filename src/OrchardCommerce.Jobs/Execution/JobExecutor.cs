using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Execution;

/// <summary>Runs one claimed job in its own DI scope, with its timeout, under a log scope naming the job.</summary>
internal sealed class JobExecutor(IServiceProvider services, JobTypeRegistry types, TimeProvider time, ILogger<JobExecutor> logger)
{
    public async Task<(JobOutcome Outcome, Exception? Error)> RunAsync(ClaimedJob job, CancellationToken shutdown)
    {
        using var logScope = logger.BeginScope(new JobLogScope(job));
        var registration = types.Find(job.Type);
        if (registration is null)
            return (JobOutcome.Unrunnable, new InvalidOperationException($"No handler is registered for job type '{job.Type}'."));
        object? payload;
        try
        {
            payload = registration.Deserialize(job.PayloadJson);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            logger.LogError(e, "Job {JobId} ({JobType}) has a payload its handler cannot read", job.Id, job.Type);
            return (JobOutcome.Unrunnable, e);
        }
        // Only a type with a timeout pays for a timer and a linked source; the rest run on the shutdown token itself.
        using var timeout = registration.Timeout is { } limit ? new CancellationTokenSource(limit, time) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, shutdown);
        var token = linked?.Token ?? shutdown;
        var context = new JobContext { JobId = job.Id, Type = job.Type, Attempt = job.Attempt, IdempotencyKey = job.IdempotencyKey, Queue = job.Queue };
        try
        {
            await using var scope = services.CreateAsyncScope();
            // WaitAsync also frees the worker from a handler that ignores its token; that handler runs on, unobserved.
            await registration.Handle(scope.ServiceProvider, payload, context, token).WaitAsync(token);
            return (JobOutcome.Succeeded, null);
        }
        catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true })
        {
            logger.LogWarning("Job {JobId} ({JobType}) timed out after {Timeout}", job.Id, job.Type, registration.Timeout);
            return (JobOutcome.TimedOut, new TimeoutException($"Job timed out after {registration.Timeout}."));
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return (JobOutcome.Released, null);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Job {JobId} ({JobType}) attempt {Attempt} failed", job.Id, job.Type, job.Attempt);
            return (JobOutcome.Failed, e);
        }
    }
}
