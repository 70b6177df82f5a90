using System.Globalization;
using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>A literal as a plain value with no type to guide it (graphql-js valueFromASTUntyped): how SDL-defined custom scalars read literals.</summary>
public static class ValueFromAstUntyped
{
    public static object? Convert(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        NullValueNode => null,
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode l => l.Values.Select(v => Convert(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => Convert(g.Last().Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => throw new ArgumentException($"Unexpected value node: {node}", nameof(node)),
    };
}
