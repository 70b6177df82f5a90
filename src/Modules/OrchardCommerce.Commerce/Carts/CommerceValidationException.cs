namespace OrchardCommerce.Commerce.Carts;

/// <summary>Bad input found before anything was written; the API answers 400 naming each field in <see cref="Errors"/>.</summary>
public sealed class CommerceValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public CommerceValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] }) { }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
