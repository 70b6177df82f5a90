using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Jobs;

/// <summary>A registered job type: its payload class, handler, retry policy, timeout and default queue.</summary>
public sealed class JobTypeRegistration
{
    internal static readonly JsonSerializerOptions PayloadJson = JsonSerializerOptions.Web;

    public required string Name { get; init; }
    public required Type PayloadType { get; init; }
    public required Type HandlerType { get; init; }
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;
    public TimeSpan? Timeout { get; init; }
    public string? Queue { get; init; }

    /// <summary>Deserializes the payload and calls the handler; throws <see cref="JsonException"/> for a payload that does not fit.</summary>
    internal Func<IServiceProvider, string, JobContext, CancellationToken, Task> Invoke { get; init; } = null!;

    internal static JobTypeRegistration Create<TPayload, THandler>(string name, RetryPolicy? retry, TimeSpan? timeout, string? queue)
        where THandler : class, IJobHandler<TPayload> => new()
        {
            Name = name,
            PayloadType = typeof(TPayload),
            HandlerType = typeof(THandler),
            Retry = retry ?? RetryPolicy.Default,
            Timeout = timeout,
            Queue = queue,
            Invoke = (services, json, context, ct) =>
            {
                var payload = JsonSerializer.Deserialize<TPayload>(json, PayloadJson)!;
                return services.GetRequiredService<THandler>().HandleAsync(payload, context, ct);
            },
        };
}
