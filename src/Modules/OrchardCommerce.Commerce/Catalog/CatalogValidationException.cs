namespace OrchardCommerce.Commerce.Catalog;

/// <summary>Input that cannot be stored, by field path ("variants[1].prices.EUR"); nothing was written.</summary>
public sealed class CatalogValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static CatalogValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
