namespace OrchardCommerce.Commerce.Catalog;

/// <summary>Collects every problem of one input by field path, so a caller hears about all of them at once.</summary>
public sealed class CatalogErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void ThrowIfAny()
    {
        if (Any) throw new CatalogValidationException(ToDictionary());
    }
}
