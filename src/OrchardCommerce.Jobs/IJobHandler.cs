namespace OrchardCommerce.Jobs;

/// <summary>Runs one job type; a plain class resolved from DI in a scope per job.</summary>
public interface IJobHandler<TPayload>
{
    Task HandleAsync(TPayload payload, JobContext context, CancellationToken ct);
}
