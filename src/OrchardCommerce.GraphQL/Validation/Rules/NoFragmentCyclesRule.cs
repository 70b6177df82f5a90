using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.5.2.2 Fragment spreads must not form cycles. One depth-first search over all fragments, each
/// visited once, reporting every cycle found with the spreads along it.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> spreadPath = [];
        private readonly Dictionary<string, int> spreadPathIndexByName = new(StringComparer.Ordinal);

        public override bool Enter(Node node)
        {
            if (node is FragmentDefinitionNode fragment) DetectCycles(fragment);
            return node is DocumentNode;
        }

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!visited.Add(name)) return;
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0) return;
            spreadPathIndexByName[name] = spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                spreadPath.Add(spread);
                if (!spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } target) DetectCycles(target);
                }
                else
                {
                    var cycle = spreadPath.GetRange(cycleIndex, spreadPath.Count - cycleIndex);
                    var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cycle.ToArray<Node?>());
                }
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
            spreadPathIndexByName.Remove(name);
        }
    }
}
