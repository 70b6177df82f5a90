using System.Collections;
using System.Text.Json;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// Coerces a raw input value (a variable's JSON) to an input type (spec §3.10, §3.11 input coercion; graphql-js
/// coerceInputValue), reporting every problem with the path inside the value, the value there and graphql-js's message.
/// </summary>
internal static class InputCoercer
{
    /// <summary>Stands for a value that failed to coerce (graphql-js's undefined), so it is never mistaken for null.</summary>
    public static readonly object Invalid = new();

    public delegate void ErrorSink(IReadOnlyList<object> path, object? invalidValue, string message);

    public static object? Coerce(object? value, GraphQLType type, ErrorSink onError, List<object> path)
    {
        if (value is JsonElement element) value = JsonInput.FromJson(element);
        if (type is NonNullType nonNull)
        {
            if (value is not null) return Coerce(value, nonNull.OfType, onError, path);
            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return Invalid;
        }
        if (value is null) return null;
        switch (type)
        {
            case ListType list:
                if (!IsIterable(value)) return new List<object?> { Coerce(value, list.OfType, onError, path) };
                var items = new List<object?>();
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    path.Add(index++);
                    items.Add(Coerce(item, list.OfType, onError, path));
                    path.RemoveAt(path.Count - 1);
                }
                return items;
            case InputObjectType input:
                return CoerceObject(value, input, onError, path);
            case EnumType enumType:
                return CoerceLeaf(value, enumType.Name, v => enumType.ParseValue(v), onError, path);
            case ScalarType scalar:
                return CoerceLeaf(value, scalar.Name, scalar.ParseValue, onError, path);
            default:
                throw new ArgumentException($"Unexpected input type: {type}", nameof(type));
        }
    }

    /// <summary>Lists accept any iterable but strings and maps (graphql-js isIterableObject).</summary>
    public static bool IsIterable(object value) => value is IEnumerable and not string and not IReadOnlyDictionary<string, object?>;

    private static object? CoerceObject(object value, InputObjectType input, ErrorSink onError, List<object> path)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            onError(path.ToArray(), value, $"Expected type \"{input.Name}\" to be an object.");
            return Invalid;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType)
                    onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                continue;
            }
            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var key in map.Keys)
        {
            if (input.GetField(key) is not null) continue;
            var suggestions = SuggestionList.For(key, input.Fields.Select(f => f.Name));
            onError(path.ToArray(), value, $"Field \"{key}\" is not defined by type \"{input.Name}\"." + DidYouMean.Format(suggestions));
        }
        if (input.IsOneOf) CheckOneOf(input, coerced, onError, path, value);
        return coerced;
    }

    // @oneOf: graphql-js reports a wrong key count and then, separately, a null first value.
    private static void CheckOneOf(InputObjectType input, Dictionary<string, object?> coerced, ErrorSink onError, List<object> path, object value)
    {
        if (coerced.Count != 1)
            onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
        if (coerced.Count == 0) return;
        var (key, first) = coerced.First();
        if (first is null) onError([.. path, key], null, $"Field \"{key}\" must be non-null.");
    }

    private static object? CoerceLeaf(object value, string typeName, Func<object?, object?> parse, ErrorSink onError, List<object> path)
    {
        try
        {
            return parse(value);
        }
        catch (GraphQLCoercionException exception)
        {
            onError(path.ToArray(), value, exception.Message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            onError(path.ToArray(), value, $"Expected type \"{typeName}\". {exception.Message}");
        }
        return Invalid;
    }
}
