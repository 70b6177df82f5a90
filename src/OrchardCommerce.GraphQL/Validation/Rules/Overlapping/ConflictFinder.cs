using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

/// <summary>
/// Finds conflicts the way graphql-js's OverlappingFieldsCanBeMerged does, step for step (its comments' letters A–J
/// are kept), so the same conflicts come out in the same order. Everything is memoized for one validation.
/// </summary>
internal sealed partial class ConflictFinder(ValidationContext context)
{
    private const int ComplexityBudget = 500_000;

    private readonly FragmentPairSet comparedFragmentPairs = new();
    private readonly Dictionary<CollectKey, CollectedFields> collected = [];
    private readonly Dictionary<ValueNode, string> stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private int remainingBudget = ComplexityBudget;

    public List<Conflict> FindWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = CollectFields(parentType, selectionSet);
        // (A) Conflicts within the selection set's own fields.
        CollectConflictsWithin(conflicts, fields);
        var fragmentNames = fields.FragmentNames;
        if (fragmentNames.Count == 0 || (fields.Groups.Count == 0 && fragmentNames.Count == 1)) return conflicts;
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) Then between those fields and each fragment, (C) and between each pair of fragments.
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        Spend(1);
        if (fields.Groups.Count == 0) return;
        // A comparison made as possibly overlapping covers a later mutually exclusive one, not the other way round.
        if (fields.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || mutuallyExclusive)) return;
        fields.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment) return;
        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(fields, fragmentFields)) return;
        // (D) The fields against the fragment's fields, (E) then against the fragments it spreads.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, referenced);
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        Spend(2);
        if (name1 == name2) return;
        if (comparedFragmentPairs.Has(name1, name2, mutuallyExclusive)) return;
        comparedFragmentPairs.Add(name1, name2, mutuallyExclusive);
        if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2) return;
        var fields1 = CollectFragmentFields(fragment1);
        var fields2 = CollectFragmentFields(fragment2);
        // (F) The two fragments' fields, (G) then each against the fragments the other spreads.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced2);
        foreach (var referenced1 in fields1.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, name2);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1,
        NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        // (H) Field against field, (I) fields against the other side's fragments, (J) fragment against fragment.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var name2 in fields2.FragmentNames) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name2);
        foreach (var name1 in fields1.FragmentNames) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name1);
        foreach (var name1 in fields1.FragmentNames)
            foreach (var name2 in fields2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields fields)
    {
        foreach (var (responseName, group) in fields.Groups)
        {
            for (var i = 0; i < group.Count; i++)
                for (var j = i + 1; j < group.Count; j++)
                    if (FindConflict(false, responseName, group[i], group[j]) is { } conflict) conflicts.Add(conflict);
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Groups.Count == 0 || fields2.Groups.Count == 0) return;
        foreach (var (responseName, group1, group2) in OverlappingFields(fields1, fields2))
            foreach (var field1 in group1)
                foreach (var field2 in group2)
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict) conflicts.Add(conflict);
    }

    private List<(string Name, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Overlaps.TryGetValue(fields2, out var cached)) return cached;
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, group1) in fields1.Groups)
        {
            Spend(1);
            if (fields2.Get(responseName) is { } group2) overlapping.Add((responseName, group1, group2));
        }
        fields1.Overlaps[fields2] = overlapping;
        return overlapping;
    }

    private void Spend(int cost)
    {
        remainingBudget -= cost;
        if (remainingBudget < 0) throw new ValidationAbortedException(new GraphQLError(ValidationContext.AbortedMessage));
    }
}
