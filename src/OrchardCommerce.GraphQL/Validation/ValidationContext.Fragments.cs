using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private Dictionary<string, FragmentDefinitionNode>? fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> spreadsBySet = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> referencedByOperation = new(ReferenceEqualityComparer.Instance);

    /// <summary>The last fragment definition of that name, as graphql-js keeps (duplicates are UniqueFragmentNames' to report).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (fragments is null)
        {
            fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
                if (definition is FragmentDefinitionNode fragment) fragments[fragment.Name.Value] = fragment;
        }
        return fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The spreads anywhere inside a selection set. Nested sets are taken from a stack, as graphql-js does, so the
    /// order (which error order follows) is not document order once spreads sit at different depths.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (spreadsBySet.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is FragmentSpreadNode spread) spreads.Add(spread);
                else if (selection is FieldNode { SelectionSet: { } fieldSet }) setsToVisit.Push(fieldSet);
                else if (selection is InlineFragmentNode inline) setsToVisit.Push(inline.SelectionSet);
            }
        }
        spreadsBySet[selectionSet] = spreads;
        return spreads;
    }

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (referencedByOperation.TryGetValue(operation, out var cached)) return cached;
        var result = GetRecursivelyReferencedFragments([operation]);
        referencedByOperation[operation] = result;
        return result;
    }

    /// <summary>Every fragment the operations reach through spreads, breadth first from their own spreads.</summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
        SpendFragmentWork(names.Count);
        var result = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment) continue;
            result.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
        }
        return result;
    }
}
