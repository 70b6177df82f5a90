using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OrchardCommerce.Workflows.Client.Http;

/// <summary>
/// Retries back pressure and transport errors the way Camunda's own client does (reference §4.3): 429, 503 or 500
/// naming RESOURCE_EXHAUSTED, connection failures and attempt timeouts; up to MaxAttempts with full jitter. Any other
/// answer, a plain 503 included, goes back to the caller at once. Each attempt has its own timeout.
/// </summary>
internal sealed class CamundaResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("Camunda.AttemptTimeout");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeSpan _requestTimeout;

    public CamundaResilienceHandler(IOptions<CamundaOptions> options, TimeProvider time, ILogger<CamundaResilienceHandler> logger)
    {
        var settings = options.Value;
        _requestTimeout = settings.RequestTimeout;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context.CancellationToken),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(FullJitter(settings, args.AttemptNumber)),
                OnRetry = args =>
                {
                    logger.LogDebug(args.Outcome.Exception, "Camunda request attempt {Attempt} failed ({Status}); retrying in {Delay}",
                        args.AttemptNumber + 1, args.Outcome.Result?.StatusCode, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }
        _pipeline = builder
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptTimeout, _requestTimeout)),
            })
            .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var longPoll = request.Options.TryGetValue(CamundaRequestOptions.LongPoll, out var held) ? held : TimeSpan.Zero;
        context.Properties.Set(AttemptTimeout, _requestTimeout + longPoll);
        try
        {
            return await _pipeline.ExecuteAsync(async ctx => await base.SendAsync(request, ctx.CancellationToken), context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Attempt n (0-based) waits a uniformly random time in [0, min(MaxDelay, BaseDelay · 2^n)], as the OCA client does.
    internal static TimeSpan FullJitter(CamundaOptions settings, int attempt)
    {
        var ceiling = Math.Min(settings.MaxDelay.TotalMilliseconds, settings.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, CancellationToken ct)
    {
        if (outcome.Exception is not null)
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        var response = outcome.Result!;
        return (int)response.StatusCode switch
        {
            429 => true,
            500 or 503 => (await ProblemReader.ReadAsync(response, ct)).IsResourceExhausted,
            _ => false,
        };
    }
}
