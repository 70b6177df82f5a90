namespace OrchardCommerce.Shells;

/// <summary>The host's container, reachable from a tenant's: forward a host singleton with <c>services.AddFromHost&lt;T&gt;()</c>.</summary>
public sealed record HostServices(IServiceProvider Provider);
