using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Failing a job, throwing an error from it, and changing its retries or deadline.</summary>
internal sealed partial class EngineCore
{
    public object? FailJob(long key, int retries, string? errorMessage, TimeSpan retryBackOff, JsonObject? variables)
    {
        var (instance, job) = FindJob(key, "FAIL", "fail job", requireOpen: true);
        var record = instance.Elements[job.ElementInstanceKey];
        MergeLocal(instance, record.Key, variables);
        job.Retries = retries;
        job.ErrorMessage = errorMessage;
        job.ViewState = "FAILED";
        job.Deadline = null;
        if (retries > 0)
        {
            job.HasFailedWithRetriesLeft = true;
            job.BackoffUntil = retryBackOff > TimeSpan.Zero ? Now + retryBackOff : null;
            MakeActivatable(instance, job);
        }
        else
        {
            job.Status = JobStatus.Failed;
            Changes.Jobs[job.Key] = (instance, job);
            RaiseIncident(instance, record, "JOB_NO_RETRIES", string.IsNullOrEmpty(errorMessage) ? "No more retries left." : errorMessage, IncidentStep.Job, job.Key);
        }

        RunAgenda();
        return null;
    }

    public object? ThrowJobError(long key, string errorCode, string? errorMessage, JsonObject? variables)
    {
        var (instance, job) = FindJob(key, "THROW_ERROR", "throw an error for job", requireOpen: true);
        var record = instance.Elements[job.ElementInstanceKey];
        job.ErrorCode = errorCode;
        job.ErrorMessage = errorMessage;
        if (FindErrorCatch(instance, record, errorCode) is { } handler)
        {
            RemoveJob(instance, job, "ERROR_THROWN");
            Catch(instance, handler, variables);
        }
        else
        {
            job.Status = JobStatus.ErrorThrown;
            job.ViewState = "ERROR_THROWN";
            job.Deadline = null;
            Changes.Jobs[job.Key] = (instance, job);
            RaiseIncident(instance, record, "UNHANDLED_ERROR_EVENT", Uncaught(errorCode, errorMessage), IncidentStep.Job, job.Key);
        }

        RunAgenda();
        return null;
    }

    /// <summary>New retries (an incident still needs resolving) and/or a new deadline counted from now (reference §2.10).</summary>
    public object? UpdateJob(long key, int? retries, TimeSpan? timeout)
    {
        var (instance, job) = FindJob(key, "UPDATE", "update job", requireOpen: false);
        if (timeout is not null && job.Status != JobStatus.Activated)
        {
            throw WorkflowRejection.Command("UPDATE", RejectionKind.InvalidState,
                $"Expected to update the timeout of job with key '{key}', but it is not active");
        }

        if (retries is { } newRetries)
        {
            job.Retries = newRetries;
            job.ViewState = "RETRIES_UPDATED";
        }

        if (timeout is { } newTimeout)
        {
            job.Deadline = Now + newTimeout;
            ScheduleJob(job);
        }

        Changes.Jobs[job.Key] = (instance, job);
        Touch(instance);
        return null;
    }

    private static string Uncaught(string code, string? message) =>
        $"Expected to throw an error event with the code '{code}' with message '{message}', but it was not caught. No error events are available in the scope.";
}
