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

    /// <summary>Reads a stored payload; throws <see cref="JsonException"/> for one that does not fit the payload class.</summary>
    internal Func<string, object?> Deserialize { get; init; } = null!;

    /// <summary>Resolves the handler from the job's scope and runs it.</summary>
    internal Func<IServiceProvider, object?, JobContext, CancellationToken, Task> Handle { get; init; } = null!;

    internal static JobTypeRegistration Create<TPayload, THandler>(string name, RetryPolicy? retry, TimeSpan? timeout, string? queue)
        where THandler : class, IJobHandler<TPayload> => new()
        {
            Name = name,
            PayloadType = typeof(TPayload),
            HandlerType = typeof(THandler),
            Retry = retry ?? RetryPolicy.Default,
            Timeout = timeout,
            Queue = queue,
            Deserialize = json => JsonSerializer.Deserialize<TPayload>(json, PayloadJson),
            Handle = (services, payload, context, ct) => services.GetRequiredService<THandler>().HandleAsync((TPayload)payload!, context, ct),
        };
}
