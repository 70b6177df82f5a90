using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// Coerces a field's or directive's arguments (spec §6.4.1 CoerceArgumentValues; graphql-js getArgumentValues),
/// throwing the first problem as graphql-js words and locates it.
/// </summary>
internal static class ArgumentCoercer
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes, Node owner, IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0) return None;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var argument = Find(nodes, name);
            if (argument is null)
            {
                if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                else if (type is NonNullType) throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", owner);
                continue;
            }
            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                    else if (type is NonNullType)
                        throw Error($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.", valueNode);
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && type is NonNullType) throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            if (!ValueFromAst.TryConvert(valueNode, type, variables, out var value))
                throw Error($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            coerced[name] = value;
        }
        return coerced;
    }

    /// <summary>Whether any argument value mentions a variable, i.e. whether coercion can differ between requests.</summary>
    public static bool UsesVariables(IReadOnlyList<ArgumentNode> nodes)
    {
        foreach (var node in nodes)
            if (UsesVariables(node.Value)) return true;
        return false;
    }

    private static bool UsesVariables(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };

    // graphql-js keys arguments by name, so with a repeated name (invalid anyway) the last one counts.
    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (var i = nodes.Count - 1; i >= 0; i--)
            if (nodes[i].Name.Value == name) return nodes[i];
        return null;
    }

    private static GraphQLErrorException Error(string message, Node node) => new(GraphQLError.At(message, node));
}
