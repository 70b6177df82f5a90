using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>
/// Polly around every call to Cms.Web: retry with jittered exponential backoff on transport errors, timeouts, 408, 429
/// and 5xx; a timeout per attempt; a circuit breaker per tenant, so one tenant's broken API does not slow the others.
/// </summary>
public sealed class CmsResilienceHandler(IOptions<DaemonOptions> options) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<string> Tenant = new("oc.tenant");
    /// <summary>Added to the attempt timeout: a long poll's own wait.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> ExtraTimeout = new("oc.extra-timeout");

    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tenant = request.Options.TryGetValue(Tenant, out var name) ? name : "";
        var timeout = options.Value.RequestTimeout + (request.Options.TryGetValue(ExtraTimeout, out var extra) ? extra : TimeSpan.Zero);
        var pipeline = _pipelines.GetOrAddPipeline<HttpResponseMessage>(tenant, Build);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AttemptTimeout, timeout);
        try
        {
            return await pipeline.ExecuteAsync(async (ctx, message) => await base.SendAsync(message, ctx.CancellationToken), context, request);
        }
        finally { ResilienceContextPool.Shared.Return(context); }
    }

    private static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("oc.attempt-timeout");

    private static void Build(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500);
        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient, MaxRetryAttempts = 3, BackoffType = DelayBackoffType.Exponential, UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(5),
                // The failed attempt's response is dropped before the next one is sent.
                OnRetry = args => { args.Outcome.Result?.Dispose(); return ValueTask.CompletedTask; },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient, FailureRatio = 0.5, MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30), BreakDuration = TimeSpan.FromSeconds(5),
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptTimeout, TimeSpan.FromSeconds(15))),
            });
    }
}
