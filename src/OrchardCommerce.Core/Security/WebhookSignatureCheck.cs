namespace OrchardCommerce.Security;

/// <summary>The verdict on a webhook's signature header; everything but <see cref="Valid"/> means 401.</summary>
public enum WebhookSignatureCheck
{
    Valid,
    /// <summary>No header at all.</summary>
    Missing,
    /// <summary>A header without a numeric t= or a hex v1=.</summary>
    Malformed,
    /// <summary>t= further than the tolerance from now, in the past (a replay of an old capture) or the future.</summary>
    OutsideTolerance,
    /// <summary>No v1= matches the body under the secret: wrong secret, or the body was changed.</summary>
    Mismatch,
}
