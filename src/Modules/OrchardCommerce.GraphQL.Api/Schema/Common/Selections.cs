using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>
/// Whether the current field's selection asks for a sub-field (through fragments too), so a resolver can skip work
/// nobody reads, such as the COUNT query behind totalCount. Directives are ignored: a skipped field costs a query, never a wrong answer.
/// </summary>
internal static class Selections
{
    public static bool Selects(ResolveContext context, string fieldName)
    {
        foreach (var node in context.FieldNodes)
            if (node.SelectionSet is { } set && Contains(set, fieldName, context.Fragments, 0)) return true;
        return false;
    }

    private static bool Contains(SelectionSetNode set, string fieldName, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, int depth)
    {
        if (depth > 8) return true;
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                FieldNode field => field.Name.Value == fieldName,
                InlineFragmentNode inline => Contains(inline.SelectionSet, fieldName, fragments, depth + 1),
                FragmentSpreadNode spread => fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Contains(fragment.SelectionSet, fieldName, fragments, depth + 1),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }
}
