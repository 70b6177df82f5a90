namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>
/// Handles the jobs of one type (registered with <c>AddJobWorker&lt;THandler&gt;(jobType)</c>), resolved in a new
/// scope per job. Jobs are delivered at least once: a handler must be idempotent. Throwing fails the job with one
/// retry less; throwing <see cref="BpmnErrorException"/> throws a BPMN error instead. The token is cancelled when
/// the host shuts down and the handler outlives the worker's ShutdownTimeout.
/// </summary>
public interface IJobHandler
{
    Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken cancellationToken);
}
