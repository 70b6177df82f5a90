using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// Coerces the request's variables to the operation's variable definitions (spec §6.1.2 CoerceVariableValues;
/// graphql-js getVariableValues): all problems are reported, up to 50, then execution does not start.
/// </summary>
internal static class VariableCoercer
{
    private const int MaxErrors = 50;

    public static IReadOnlyDictionary<string, object?> Coerce(GraphQLSchema schema, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in operation.VariableDefinitions) CoerceOne(schema, definition, inputs, coerced, errors);
        }
        catch (TooManyErrors)
        {
            errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }
        return coerced;
    }

    private static void CoerceOne(GraphQLSchema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coerced, List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Get(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            Report(errors, GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
            return;
        }
        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryConvert(definition.DefaultValue, type, null, out var defaultValue)) coerced[name] = defaultValue;
            }
            else if (type is NonNullType)
                Report(errors, GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
            return;
        }
        if (value is null && type is NonNullType)
        {
            Report(errors, GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
            return;
        }
        coerced[name] = InputCoercer.Coerce(value, type, (path, invalid, message) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
            if (path.Count > 0) prefix += $" at \"{name}{PrintPath(path)}\"";
            Report(errors, GraphQLError.At(prefix + "; " + message, definition));
        }, []);
    }

    private static void Report(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxErrors) throw new TooManyErrors();
        errors.Add(error);
    }

    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : "." + key));

    private sealed class TooManyErrors : Exception;
}
