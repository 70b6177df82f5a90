using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Workflows.Client.Workers;

internal sealed partial class JobWorker
{
    private void Start(ActivatedJob job)
    {
        var registered = new TaskCompletionSource();
        _running[job.JobKey] = registered.Task;
        _ = Task.Run(async () =>
        {
            try
            {
                await RunJobAsync(job);
            }
            finally
            {
                _running.TryRemove(job.JobKey, out _);
                _capacity.Release();
                registered.TrySetResult();
            }
        });
    }

    private async Task RunJobAsync(ActivatedJob job)
    {
        try
        {
            await _handlers.WaitAsync(_abort.Token);
            monitor.Update(JobType, e => e.Running++);
            try
            {
                var result = await InvokeHandlerAsync(job);
                await ReportAsync(job, result);
            }
            finally
            {
                monitor.Update(JobType, e => e.Running--);
                _handlers.Release();
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Shut down before the job finished: its timeout passes and the cluster hands it out again.
        }
        catch (CamundaNotFoundException e)
        {
            logger.LogWarning("Job worker {JobType}: job {JobKey} is gone (timed out and taken by another worker, or its instance ended): {Detail}",
                JobType, job.JobKey, e.Problem.Detail);
        }
        catch (Exception e)
        {
            // The job stays activated until its deadline, then the cluster hands it out again.
            logger.LogError(e, "Job worker {JobType}: reporting the result of job {JobKey} failed", JobType, job.JobKey);
        }
    }

    private async Task<JobResult> InvokeHandlerAsync(ActivatedJob job)
    {
        var started = time.GetTimestamp();
        try
        {
            await using var scope = services.CreateAsyncScope();
            var handler = (IJobHandler)scope.ServiceProvider.GetRequiredService(registration.HandlerType);
            // Only shutdown cancels a handler, not the job's deadline: the deadline is the server's clock, and
            // Camunda's own workers let a late handler finish too (its report then gets a 404).
            return await handler.HandleAsync(job, _abort.Token);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            throw;
        }
        catch (BpmnErrorException e)
        {
            return JobResult.Error(e.ErrorCode, e.Message, e.Variables);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Job worker {JobType}: handler failed on job {JobKey} ({Retries} retries left)", JobType, job.JobKey,
                Math.Max(0, job.Retries - 1));
            return JobResult.Fail(e.Message, Math.Max(0, job.Retries - 1));
        }
        finally
        {
            metrics.HandlerDuration(JobType, time.GetElapsedTime(started));
        }
    }

    private async Task ReportAsync(ActivatedJob job, JobResult result)
    {
        var client = services.GetRequiredService<CamundaClient>();
        switch (result)
        {
            case JobResult.Completed completed:
                await client.CompleteJobAsync(job.JobKey, completed.Variables, _abort.Token);
                metrics.Completed(JobType);
                monitor.Update(JobType, e => e.Completed++);
                break;
            case JobResult.Failed failed:
                await client.FailJobAsync(job.JobKey, failed.Retries ?? Math.Max(0, job.Retries - 1), failed.Message, failed.RetryBackOff,
                    cancellationToken: _abort.Token);
                metrics.Failed(JobType);
                monitor.Update(JobType, e => e.Failed++);
                break;
            case JobResult.ErrorThrown error:
                await client.ThrowJobErrorAsync(job.JobKey, error.ErrorCode, error.Message, error.Variables, _abort.Token);
                metrics.ErrorThrown(JobType);
                monitor.Update(JobType, e => e.ErrorsThrown++);
                break;
        }
    }

    /// <summary>After the loop stopped: lets running handlers finish, then cancels what is left after the shutdown timeout.</summary>
    public async Task DrainAsync(CancellationToken hostShutdown)
    {
        var running = Task.WhenAll(_running.Values);
        try
        {
            await running.WaitAsync(_options.ShutdownTimeout, time, hostShutdown);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("Job worker {JobType}: {Count} handlers still running at shutdown are cancelled", JobType, _running.Count);
            await _abort.CancelAsync();
            try
            {
                await running.WaitAsync(TimeSpan.FromSeconds(5), time, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                // A handler that ignores its token: its job times out on the cluster.
            }
        }
    }
}
