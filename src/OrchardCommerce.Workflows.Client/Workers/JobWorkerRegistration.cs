namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>One AddJobWorker call: the job type, its handler and its options.</summary>
internal sealed record JobWorkerRegistration(string JobType, Type HandlerType, JobWorkerOptions Options)
{
    public string WorkerName => Options.WorkerName ?? $"{Environment.MachineName}-{JobType}";
}
