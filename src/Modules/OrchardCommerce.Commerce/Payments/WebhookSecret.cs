namespace OrchardCommerce.Commerce.Payments;

/// <summary>The tenant's payment webhook signing secret and when it was set.</summary>
public sealed record WebhookSecret(string Secret, DateTime UpdatedUtc);
