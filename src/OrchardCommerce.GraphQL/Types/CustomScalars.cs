using OrchardCommerce.GraphQL.Types.Scalars;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>
/// The scalars OrchardCommerce adds to the five specified ones, one instance each (types compare by reference).
/// Pass <see cref="ByName"/> to <see cref="Utilities.SchemaBuilder.Build(string, IReadOnlyDictionary{string, ScalarType}?)"/>
/// so an SDL `scalar DateTime` gets this implementation.
/// </summary>
public static class CustomScalars
{
    public static readonly ScalarType DateTime = DateTimeScalar.Create();
    public static readonly ScalarType Decimal = DecimalScalar.Create();
    public static readonly ScalarType Json = JsonScalar.Create();

    public static readonly IReadOnlyDictionary<string, ScalarType> ByName = new Dictionary<string, ScalarType>(StringComparer.Ordinal)
    {
        [DateTime.Name] = DateTime,
        [Decimal.Name] = Decimal,
        [Json.Name] = Json,
    };
}
