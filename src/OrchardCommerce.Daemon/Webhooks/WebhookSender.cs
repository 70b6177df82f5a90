using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using OrchardCommerce.Security;

namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// POSTs one signed delivery (typed HttpClient, redirects not followed, no retry of its own: the jobs engine retries
/// the whole job). Headers: Commerce-Signature (t=…,v1=HMAC-SHA256 of "t.body"), Webhook-Id (the event id, for the
/// receiver's deduplication), Content-Type: application/json.
/// </summary>
public sealed class WebhookSender(HttpClient http, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string IdHeader = "Webhook-Id";

    public async Task<WebhookSendResult> SendAsync(WebhookTarget target, string eventId, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Sign(target.Secret, body, clock.GetUtcNow()));
        request.Headers.TryAddWithoutValidation(IdHeader, eventId);
        var timeout = options.Value.Timeout;
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var started = clock.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var code = (int)response.StatusCode;
            return new WebhookSendResult(code, response.IsSuccessStatusCode ? null : $"HTTP {code} {response.ReasonPhrase}".TrimEnd(),
                clock.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookSendResult(null, $"No answer within {timeout.TotalSeconds:0.###} s.", clock.GetElapsedTime(started));
        }
        catch (HttpRequestException e)
        {
            return new WebhookSendResult(null, e.Message, clock.GetElapsedTime(started));
        }
    }
}
