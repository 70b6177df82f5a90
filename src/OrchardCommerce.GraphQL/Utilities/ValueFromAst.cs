using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>
/// Coerces a literal to an internal value of its type (spec §6.4.1 literal coercion; graphql-js valueFromAST).
/// Returns false when the literal is invalid for the type — validation reports why; this only says no.
/// Variables hold already-coerced values; a variable missing from them counts as absent.
/// </summary>
public static class ValueFromAst
{
    public static bool TryConvert(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return false;
            if (variableValue is null && type is NonNullType) return false;
            value = variableValue;
            return true;
        }
        if (type is NonNullType nonNull)
            return node is not NullValueNode && TryConvert(node, nonNull.OfType, variables, out value);
        if (node is NullValueNode) return true;
        return type switch
        {
            ListType list => TryList(node, list, variables, out value),
            InputObjectType input => TryInputObject(node, input, variables, out value),
            EnumType enumType => TryLeaf(() => enumType.ParseLiteral(node), out value),
            ScalarType scalar => TryLeaf(() => scalar.ParseLiteral(node), out value),
            _ => throw new ArgumentException($"Unexpected input type: {type}", nameof(type)),
        };
    }

    public static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static bool TryList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode items)
        {
            // A single value where a list is expected is a list of one (spec §3.11 input coercion).
            if (!TryConvert(node, list.OfType, variables, out var single)) return false;
            value = new List<object?> { single };
            return true;
        }
        var coerced = new List<object?>(items.Values.Count);
        foreach (var item in items.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                if (list.OfType is NonNullType) return false;
                coerced.Add(null);
            }
            else if (TryConvert(item, list.OfType, variables, out var itemValue)) coerced.Add(itemValue);
            else return false;
        }
        value = coerced;
        return true;
    }

    private static bool TryInputObject(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode) return false;
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var fieldNode = objectNode.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType) return false;
                continue;
            }
            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
            coerced[field.Name] = fieldValue;
        }
        if (input.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null)) return false;
        value = coerced;
        return true;
    }

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (GraphQLCoercionException)
        {
            value = null;
            return false;
        }
    }
}
