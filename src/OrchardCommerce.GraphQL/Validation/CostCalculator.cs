using System.Globalization;
using OrchardCommerce.GraphQL.Introspection;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>Works out one operation's cost for <see cref="MaxCostRule"/>; costs saturate rather than overflow.</summary>
internal sealed class CostCalculator(ValidationContext context, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, int defaultListSize)
{
    private static readonly string[] PageSizeArguments = ["first", "last", "limit"];
    private const long Saturated = long.MaxValue / 4;

    private readonly Dictionary<string, long> fragmentCosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);

    /// <param name="connectionSize">The page size a connection field (an object with first/last/limit) gives the lists
    /// directly inside it (nodes, edges) that have no page size of their own.</param>
    public long CostOf(NamedType? parentType, SelectionSetNode selectionSet, long? connectionSize = null)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                FieldNode field => FieldCost(parentType, field, connectionSize),
                InlineFragmentNode inline => CostOf(inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType, inline.SelectionSet, connectionSize),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                _ => 0,
            };
            if (total > Saturated) return Saturated;
        }
        return total;
    }

    private long FieldCost(NamedType? parentType, FieldNode field, long? connectionSize)
    {
        if (parentType is null || context.Schema.GetFieldDefinition(parentType, field.Name.Value) is not { } definition) return 0;
        // Introspection reads the in-memory schema, not the database: it costs nothing here, and its nesting is bounded
        // by MaxIntrospectionDepthRule and MaxDepthRule instead (graphql-js's standard query would otherwise "cost" 339,750).
        if (definition == MetaFields.SchemaField || definition == MetaFields.TypeField || definition == MetaFields.TypeNameField) return 0;
        var pageSize = PageSize(field);
        var isList = definition.Type.Nullable is ListType;
        long cost = definition.Cost + (field.SelectionSet is { } inner ? CostOf(definition.Type.Named, inner, isList ? null : pageSize) : 0);
        if (!isList) return Math.Min(cost, Saturated);
        var size = pageSize ?? connectionSize ?? defaultListSize;
        return size != 0 && cost > Saturated / size ? Saturated : cost * size;
    }

    /// <summary>The field's own first/last/limit (literal, variable or the variable's default), if it has one.</summary>
    private long? PageSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (Array.IndexOf(PageSizeArguments, argument.Name.Value) < 0) continue;
            if (NumberOf(argument.Value) is { } size) return Math.Clamp(size, 0, int.MaxValue);
        }
        return null;
    }

    private long? NumberOf(ValueNode value) => value switch
    {
        IntValueNode literal when long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        VariableNode variable when variables is not null && variables.TryGetValue(variable.Name.Value, out var given) => given switch
        {
            double d when !double.IsNaN(d) => (long)Math.Clamp(d, 0, int.MaxValue),
            int i => i,
            long l => l,
            _ => null,
        },
        VariableNode variable => operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue is { } fallback
            && fallback is not VariableNode ? NumberOf(fallback) : null,
        _ => null,
    };

    private long FragmentCost(string name)
    {
        if (fragmentCosts.TryGetValue(name, out var known)) return known;
        if (context.GetFragment(name) is not { } fragment || !inProgress.Add(name)) return 0;
        var cost = CostOf(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
        inProgress.Remove(name);
        fragmentCosts[name] = cost;
        return cost;
    }
}
