namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>A message subscription: name and correlation key are evaluated when it opens and never change.</summary>
internal sealed class SubscriptionRecord
{
    public long Key { get; set; }

    public long OwnerKey { get; set; }

    public string ElementId { get; set; } = "";

    public string MessageName { get; set; } = "";

    public string CorrelationKey { get; set; } = "";
}
