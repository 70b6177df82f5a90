using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using OrchardCommerce.Daemon.Webhooks;
using OrchardCommerce.Security;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

public sealed class WebhookSenderTests
{
    private static readonly WebhookTarget Target = new("whsub_1", "https://receiver.test/hooks", ["*"], true, "whsec_right");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"product.created"}""");

    private static WebhookSender Sender(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer, TimeSpan? timeout = null) =>
        new(new HttpClient(new Receiver(answer)), Options.Create(new WebhookOptions { Timeout = timeout ?? TimeSpan.FromSeconds(10) }), TimeProvider.System);

    [Fact]
    public async Task Send_ReceiverAnswers204_SignedDeliveryTheReceiverCanVerify()
    {
        HttpRequestMessage? seen = null;
        byte[]? received = null;
        var sender = Sender(async (request, ct) =>
        {
            (seen, received) = (request, await request.Content!.ReadAsByteArrayAsync(ct));
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });

        var result = await sender.SendAsync(Target, "evt_1", Body, CancellationToken.None);

        (result.Delivered, result.StatusCode, result.Error).Should().Be((true, 204, null));
        seen!.Method.Should().Be(HttpMethod.Post);
        seen.RequestUri.Should().Be(new Uri(Target.Url));
        seen.Content!.Headers.ContentType!.ToString().Should().Be("application/json");
        seen.Headers.GetValues(WebhookSender.IdHeader).Should().Equal("evt_1");
        received.Should().Equal(Body);
        var header = seen.Headers.GetValues(WebhookSignature.HeaderName).Single();
        WebhookSignature.Verify(header, "whsec_right", received, DateTimeOffset.UtcNow).Should().Be(WebhookSignatureCheck.Valid);
        WebhookSignature.Verify(header, "whsec_wrong", received, DateTimeOffset.UtcNow).Should().Be(WebhookSignatureCheck.Mismatch);
        WebhookSignature.Verify(header, "whsec_right", Encoding.UTF8.GetBytes("{}"), DateTimeOffset.UtcNow).Should().Be(WebhookSignatureCheck.Mismatch);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "HTTP 500 Internal Server Error")]
    [InlineData(HttpStatusCode.Found, "HTTP 302 Found")]
    [InlineData(HttpStatusCode.Gone, "HTTP 410 Gone")]
    public async Task Send_ReceiverAnswersNon2xx_NotDeliveredWithStatus(HttpStatusCode status, string error)
    {
        var result = await Sender((_, _) => Task.FromResult(new HttpResponseMessage(status))).SendAsync(Target, "evt_1", Body, CancellationToken.None);

        (result.Delivered, result.StatusCode, result.Error).Should().Be((false, (int)status, error));
    }

    [Fact]
    public async Task Send_ReceiverNeverAnswers_NotDeliveredAfterTimeout()
    {
        var sender = Sender(async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return new HttpResponseMessage(); }, TimeSpan.FromMilliseconds(50));

        var result = await sender.SendAsync(Target, "evt_1", Body, CancellationToken.None);

        (result.Delivered, result.StatusCode).Should().Be((false, null));
        result.Error.Should().Be("No answer within 0.05 s.");
    }

    [Fact]
    public async Task Send_TransportError_NotDeliveredWithItsMessage()
    {
        var result = await Sender((_, _) => throw new HttpRequestException("Connection refused (receiver.test:443)"))
            .SendAsync(Target, "evt_1", Body, CancellationToken.None);

        (result.Delivered, result.StatusCode, result.Error).Should().Be((false, null, "Connection refused (receiver.test:443)"));
    }

    private sealed class Receiver(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            answer(request, cancellationToken);
    }
}
