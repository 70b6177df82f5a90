namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>One attempt's answer: the status code when the receiver answered, else why not; and how long it took.</summary>
public sealed record WebhookSendResult(int? StatusCode, string? Error, TimeSpan Duration)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}
