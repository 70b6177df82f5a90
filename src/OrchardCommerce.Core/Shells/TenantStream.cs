using OrchardCommerce.Outbox;

namespace OrchardCommerce.Shells;

/// <summary>
/// The tenant registry's outbox, in the Default tenant's database next to the registry: a tenant created, disabled,
/// enabled, changed or removed. Served on the Default tenant at /api/tenants/events.
/// </summary>
public sealed class TenantStream : IOutboxStream
{
    public static string Table => "tenant_events";

    public static int LockClass => 4247;

    public static string NewEventId() => "evt_" + Guid.NewGuid().ToString("N");
}
