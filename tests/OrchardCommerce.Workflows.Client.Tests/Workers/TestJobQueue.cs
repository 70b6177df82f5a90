using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Client.Tests.Infrastructure;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>
/// The job side of a cluster, served over the test server's real HTTP: activation long-polls this queue, and
/// completion, failure and error reports are recorded. It tracks how many jobs are out at once.
/// </summary>
public sealed class TestJobQueue
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _waiting = [];
    private readonly HashSet<long> _out = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextKey = 2251799813685000;

    public ConcurrentQueue<JobOutcome> Outcomes { get; } = new();

    public ConcurrentQueue<JsonNode> Activations { get; } = new();

    /// <summary>The most jobs activated and not yet reported at any one time.</summary>
    public int MaxOut { get; private set; }

    /// <summary>When set, activation answers at once even with nothing to hand out (a server without long polling).</summary>
    public bool NoLongPolling { get; set; }

    public void Serve(CamundaTestServer server)
    {
        server.Route("POST", "/v2/jobs/activation", ActivateAsync);
        foreach (var kind in new[] { "completion", "failure", "error" })
            server.Route("POST", $"/v2/jobs/*/{kind}", (request, _) => Task.FromResult(Report(kind, request)));
    }

    public long Add(string type, int retries = 3, JsonObject? variables = null)
    {
        lock (_gate)
        {
            var key = ++_nextKey;
            _waiting.Add(new JsonObject
            {
                ["jobKey"] = key.ToString(), ["type"] = type, ["processDefinitionId"] = "order", ["processDefinitionVersion"] = 1,
                ["processDefinitionKey"] = "17", ["processInstanceKey"] = (key + 1000).ToString(), ["elementId"] = "task",
                ["elementInstanceKey"] = (key + 2000).ToString(), ["customHeaders"] = new JsonObject(), ["worker"] = "",
                ["retries"] = retries, ["deadline"] = 0, ["variables"] = variables ?? new JsonObject(), ["tenantId"] = "<default>",
                ["kind"] = "BPMN_ELEMENT", ["listenerEventType"] = "UNSPECIFIED",
            });
            Signal();
            return key;
        }
    }

    public async Task WaitForOutcomesAsync(int count, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (Outcomes.Count < count)
        {
            Task changed;
            lock (_gate) changed = _changed.Task;
            if (Outcomes.Count >= count) return;
            await changed.WaitAsync(limit.Token);
        }
    }

    private async Task<ScriptedResponse> ActivateAsync(RecordedRequest request, CancellationToken aborted)
    {
        var body = request.Json!.AsObject();
        Activations.Enqueue(body);
        var type = body["type"]!.GetValue<string>();
        var max = body["maxJobsToActivate"]!.GetValue<int>();
        var timeout = body["requestTimeout"]?.GetValue<long>() ?? 0;
        var deadline = DateTimeOffset.UtcNow.AddMilliseconds(timeout > 0 ? timeout : 10_000);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var jobs = _waiting.Where(j => j["type"]!.GetValue<string>() == type).Take(max).ToList();
                if (jobs.Count > 0 || NoLongPolling || timeout < 0 || DateTimeOffset.UtcNow >= deadline)
                    return ScriptedResponse.Json(new JsonObject { ["jobs"] = new JsonArray(jobs.Select(j => Hand(j, body)).ToArray()) });
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(deadline - DateTimeOffset.UtcNow, aborted);
            }
            catch (TimeoutException)
            {
                // Loop once more and answer with what there is.
            }
        }
    }

    private JsonNode Hand(JsonObject job, JsonObject activation)
    {
        _waiting.Remove(job);
        var key = long.Parse(job["jobKey"]!.GetValue<string>());
        _out.Add(key);
        MaxOut = Math.Max(MaxOut, _out.Count);
        var handed = job.DeepClone().AsObject();
        handed["worker"] = activation["worker"]?.DeepClone();
        handed["deadline"] = DateTimeOffset.UtcNow.AddMilliseconds(activation["timeout"]!.GetValue<long>()).ToUnixTimeMilliseconds();
        return handed;
    }

    private ScriptedResponse Report(string kind, RecordedRequest request)
    {
        var key = long.Parse(request.Path.Split('/')[3]);
        lock (_gate)
        {
            if (!_out.Remove(key)) return ScriptedResponse.Problem(404, "NOT_FOUND", $"Expected to {kind} job with key '{key}', but no such job was found");
            Outcomes.Enqueue(new JobOutcome(kind, key, request.Json));
            Signal();
        }
        return ScriptedResponse.NoContent();
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
