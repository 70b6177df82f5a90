using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>
/// A leaf type (spec §3.5). Serialize turns a resolver's value into a JSON-ready one; ParseValue coerces a variable's
/// value as read from JSON (see <see cref="Utilities.JsonInput"/>); ParseLiteral coerces a literal with no variables in it.
/// Each throws <see cref="GraphQLCoercionException"/> for a value it cannot represent.
/// </summary>
public sealed class ScalarType(
    string name,
    string? description,
    Func<object?, object?> serialize,
    Func<object?, object?> parseValue,
    Func<ValueNode, object?> parseLiteral) : NamedType(name, description)
{
    public string? SpecifiedByUrl { get; init; }

    public object? Serialize(object? value) => serialize(value);
    public object? ParseValue(object? value) => parseValue(value);
    public object? ParseLiteral(ValueNode value) => parseLiteral(value);
}
