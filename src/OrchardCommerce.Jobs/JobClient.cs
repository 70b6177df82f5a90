using System.Text.Json.Nodes;
namespace OrchardCommerce.Jobs;

internal sealed class JobClient : IJobClient
{
    public Task<long> EnqueueAsync(string type, JsonNode? payload, JobOptions? options = null, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<IReadOnlyList<long>> EnqueueManyAsync(string type, IReadOnlyList<JsonNode?> payloads, JobOptions? options = null, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<bool> RequeueAsync(long jobId, string reason, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<bool> DeleteAsync(long jobId, string reason, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<int> RequeueDeadLettersAsync(string type, string reason, CancellationToken ct = default) => throw new NotImplementedException();
    public Task AddOrUpdateRecurringAsync(string recurringId, string type, string cron, string timeZoneId, JsonNode? payload = null, string? queue = null, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<bool> RemoveRecurringAsync(string recurringId, CancellationToken ct = default) => throw new NotImplementedException();
    public Task<long> TriggerRecurringAsync(string recurringId, CancellationToken ct = default) => throw new NotImplementedException();
}
