namespace OrchardCommerce.Commerce.Payments;

/// <summary>The tenant's registered gateways, looked up by name (case-insensitive, as orders store it).</summary>
public sealed class PaymentProviders(IEnumerable<IPaymentProvider> providers)
{
    private readonly Dictionary<string, IPaymentProvider> _byName =
        providers.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public IPaymentProvider? Find(string name) => _byName.GetValueOrDefault(name);

    public IReadOnlyCollection<string> Names => _byName.Keys;
}
