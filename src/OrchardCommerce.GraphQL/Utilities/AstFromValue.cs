using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities.Internal;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>
/// Writes an internal input value back as a literal of its type (graphql-js astFromValue): how introspection prints
/// default values. Null means "no literal" (e.g. null for a non-null type); an explicit null value gives NullValueNode.
/// A key missing from an input object map is left out, as an undefined property is in graphql-js.
/// </summary>
public static partial class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                var inner = Convert(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return new NullValueNode();
            case ListType list:
                return value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>
                    ? new ListValueNode(items.Cast<object?>().Select(i => Convert(i, list.OfType)).OfType<ValueNode>().ToList())
                    : Convert(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                return new ObjectValueNode(fields);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);
            default:
                throw new ArgumentException($"Unexpected input type: {type}", nameof(type));
        }
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null: return null;
            case bool flag: return new BooleanValueNode(flag);
            case string text:
                return scalar == SpecifiedScalars.ID && IntegerString().IsMatch(text) ? new IntValueNode(text) : new StringValueNode(text, false);
        }
        if (NumberText.TryFormat(serialized, out var number))
            return IntegerString().IsMatch(number) ? new IntValueNode(number) : new FloatValueNode(number);
        throw new InvalidOperationException($"Cannot convert value to AST: {Inspect.Value(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
