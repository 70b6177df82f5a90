using System.Collections.Concurrent;

namespace OrchardCommerce.Tenants.Services;

/// <summary>
/// Tenants declared by a running recipe, by the tenant whose recipe declared them. They live in other databases,
/// so they are made only after that recipe has committed (and dropped if it fails).
/// </summary>
public sealed class PendingTenantSetups
{
    private readonly ConcurrentDictionary<string, List<PendingTenant>> _byParent = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string parentTenant, PendingTenant tenant)
    {
        var list = _byParent.GetOrAdd(parentTenant, _ => []);
        lock (list) list.Add(tenant);
    }

    /// <summary>Every tenant waiting, whoever declared it: a new tenant must not take their names or hosts.</summary>
    public IReadOnlyList<PendingTenant> All()
    {
        var all = new List<PendingTenant>();
        foreach (var list in _byParent.Values)
            lock (list) all.AddRange(list);
        return all;
    }

    public IReadOnlyList<PendingTenant> TakeAll(string parentTenant) =>
        _byParent.TryRemove(parentTenant, out var list) ? list : [];
}
