using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Validation.Rules;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// Not a spec rule: limits how deeply an operation nests fields — counted through fragments, introspection fields
/// included — so one request cannot make the server resolve arbitrarily deep trees. A root field is depth 1.
/// Each fragment's depth is worked out once; a fragment spread inside its own cycle counts as depth 0 (the cycle
/// itself is <see cref="NoFragmentCyclesRule"/>'s to report), so the walk always terminates.
/// </summary>
public sealed class MaxDepthRule(int maxDepth) : IValidationRule
{
    public int MaxDepth { get; } = maxDepth >= 1 ? maxDepth : throw new ArgumentOutOfRangeException(nameof(maxDepth));

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : ValidationVisitor
    {
        private readonly Dictionary<string, int> fragmentDepths = new(StringComparer.Ordinal);
        private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);

        public override bool Enter(Node node)
        {
            if (node is not OperationDefinitionNode operation) return node is DocumentNode;
            var depth = DepthOf(operation.SelectionSet);
            if (depth > maxDepth) context.ReportError($"Query depth {depth} exceeds the maximum of {maxDepth}.", operation);
            return false;
        }

        private int DepthOf(SelectionSetNode selectionSet)
        {
            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => 1 + (field.SelectionSet is { } inner ? DepthOf(inner) : 0),
                    InlineFragmentNode inline => DepthOf(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                if (depth > deepest) deepest = depth;
            }
            return deepest;
        }

        private int FragmentDepth(string name)
        {
            if (fragmentDepths.TryGetValue(name, out var known)) return known;
            if (context.GetFragment(name) is not { } fragment || !inProgress.Add(name)) return 0;
            var depth = DepthOf(fragment.SelectionSet);
            inProgress.Remove(name);
            fragmentDepths[name] = depth;
            return depth;
        }
    }
}
