using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule (not in the spec): an introspection query may nest the list fields fields,
/// interfaces, possibleTypes and inputFields at most twice, so introspection cannot be used to build huge responses.
/// Fragment results are remembered per entry depth, so repeated and cyclic spreads are checked once.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, int> checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> exceededFragments = new(StringComparer.Ordinal);

        public override bool Enter(Node node)
        {
            if (node is not FieldNode { Name.Value: "__schema" or "__type" } field) return true;
            if (!CheckDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0)) return true;
            context.ReportError("Maximum introspection depth exceeded", field);
            return false;
        }

        private bool CheckDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (exceededFragments.TryGetValue(name, out var exceededAt) && exceededAt <= depth) return true;
                if ((visitedFragments.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                    || (checkedFragments.TryGetValue(name, out var checkedAt) && checkedAt >= depth)) return false;
                if (context.GetFragment(name) is not { } fragment) return false;
                visitedFragments[name] = depth;
                if (CheckDepth(fragment, visitedFragments, depth))
                {
                    exceededFragments[name] = depth;
                    return true;
                }
                checkedFragments[name] = depth;
                return false;
            }
            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
                return true;
            var selectionSet = node switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                FragmentDefinitionNode d => d.SelectionSet,
                _ => null,
            };
            if (selectionSet is null) return false;
            foreach (var child in selectionSet.Selections)
                if (CheckDepth(child, visitedFragments, depth)) return true;
            return false;
        }
    }
}
