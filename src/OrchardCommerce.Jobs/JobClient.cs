using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs;

/// <summary>Validates requests and hands them to the state machine; bad input never reaches storage.</summary>
internal sealed class JobClient(JobTypeRegistry types, JobStateMachine states, IJobStorage storage, IOptions<JobsOptions> options) : IJobClient
{
    public async Task<long> EnqueueAsync(string type, JsonNode? payload, JobOptions? options = null, CancellationToken ct = default) =>
        (await EnqueueManyAsync(type, [payload], options, ct))[0];

    public async Task<IReadOnlyList<long>> EnqueueManyAsync(string type, IReadOnlyList<JsonNode?> payloads, JobOptions? options = null, CancellationToken ct = default)
    {
        if (options?.IdempotencyKey is not null && payloads.Count > 1)
            throw new JobValidationException("idempotencyKey", "One idempotency key cannot name several jobs.");
        return await states.CreateAsync(await NewJobsAsync(type, payloads, options ?? new JobOptions(), ct), ct);
    }

    public async Task<IReadOnlyList<long>> EnqueueAllAsync(IReadOnlyList<JobRequest> jobs, CancellationToken ct = default)
    {
        if (jobs.Count == 0) return [];
        var all = new List<NewJob>(jobs.Count);
        foreach (var job in jobs) all.AddRange(await NewJobsAsync(job.Type, [job.Payload], job.Options ?? new JobOptions(), ct));
        return await states.CreateAsync(all, ct);
    }

    private async Task<List<NewJob>> NewJobsAsync(string type, IReadOnlyList<JsonNode?> payloads, JobOptions options, CancellationToken ct)
    {
        var registration = Registration(type);
        var queue = Queue(options.Queue ?? registration.Queue);
        if (options.ContinueAfterJobId is { } parent && await storage.GetStateAsync(parent, ct) is null)
            throw new JobValidationException("continueAfterJobId", $"Job {parent} does not exist.");
        var now = states.UtcNow;
        var runAt = options.RunAtUtc ?? (options.Delay is { } delay ? now + delay : null);
        var (state, reason) = (options.ContinueAfterJobId, runAt) switch
        {
            ({ } p, _) => (JobState.Scheduled, $"awaiting job {p}"),
            (_, { } at) when at > now => (JobState.Scheduled, $"scheduled for {at:O}"),
            _ => (JobState.Enqueued, "enqueued"),
        };
        return payloads.Select(p => new NewJob(type, queue, Serialize(registration, p), options.IdempotencyKey, state,
            options.ContinueAfterJobId is null ? (runAt is { } at && at > now ? at : now) : null, options.ContinueAfterJobId, now, reason)).ToList();
    }

    public Task<bool> RequeueAsync(long jobId, string reason, CancellationToken ct = default) => states.RequeueAsync(jobId, reason, ct);

    public Task<bool> DeleteAsync(long jobId, string reason, CancellationToken ct = default) => states.DeleteAsync(jobId, reason, ct);

    public Task<int> RequeueDeadLettersAsync(string type, string reason, CancellationToken ct = default) => states.RequeueDeadLettersAsync(type, reason, ct);

    public async Task AddOrUpdateRecurringAsync(string recurringId, string type, string cron, string timeZoneId, JsonNode? payload = null, string? queue = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(recurringId)) throw new JobValidationException("id", "A recurring job needs an id.");
        var registration = Registration(type);
        var schedule = CronSchedule.Parse(cron, timeZoneId);
        var json = Serialize(registration, payload);
        await storage.MigrateAsync(ct);
        await storage.UpsertRecurringAsync(new RecurringRow(recurringId, type, cron, timeZoneId, Queue(queue ?? registration.Queue), json,
            schedule.NextAfter(states.UtcNow), null, null), ct);
    }

    public async Task<bool> RemoveRecurringAsync(string recurringId, CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        return await storage.RemoveRecurringAsync(recurringId, ct);
    }

    public async Task<long> TriggerRecurringAsync(string recurringId, CancellationToken ct = default)
    {
        await storage.MigrateAsync(ct);
        var row = await storage.GetRecurringAsync(recurringId, ct) ?? throw new JobValidationException("id", $"No recurring job '{recurringId}'.");
        var now = states.UtcNow;
        var id = (await states.CreateAsync([new NewJob(row.Type, row.Queue, row.PayloadJson, null, JobState.Enqueued, now, null, now, $"triggered recurring job {row.Id}")], ct))[0];
        await storage.SetRecurringLastJobAsync(row.Id, id, now, ct);
        return id;
    }

    private JobTypeRegistration Registration(string type) =>
        types.Find(type) ?? throw new JobValidationException("type", $"Unknown job type '{type}'.");

    private string Queue(string? queue)
    {
        var known = options.Value.EffectiveQueues;
        queue ??= known.Contains("default") ? "default" : known[0];
        return known.Contains(queue) ? queue : throw new JobValidationException("queue", $"Unknown queue '{queue}'; known: {string.Join(", ", known)}.");
    }

    /// <summary>The payload must deserialize into the type's payload class now, not fail later in a worker.</summary>
    private static string Serialize(JobTypeRegistration registration, JsonNode? payload)
    {
        var json = payload?.ToJsonString() ?? "null";
        try
        {
            JsonSerializer.Deserialize(json, registration.PayloadType, JobTypeRegistration.PayloadJson);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            throw new JobValidationException("payload", $"The payload does not fit {registration.PayloadType.Name} of job type '{registration.Name}': {e.Message}");
        }
        return json;
    }
}
