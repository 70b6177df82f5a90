using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<Node, List<VariableUsage>> usagesByNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> recursiveUsages = new(ReferenceEqualityComparer.Instance);

    /// <summary>The variables used as values inside an operation or fragment (not in its variable definitions), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (usagesByNode.TryGetValue(definition, out var cached)) return cached;
        var collector = new UsageCollector();
        var usageTypeInfo = new TypeInfo(Schema);
        collector.TypeInfo = usageTypeInfo;
        new DocumentWalker(usageTypeInfo, [collector]).Walk(definition);
        usagesByNode[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>An operation's variable usages followed by those of every fragment it reaches (spec §5.8.3, §5.8.4).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (recursiveUsages.TryGetValue(operation, out var cached)) return cached;
        var fragmentsReached = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragmentsReached.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        var fromOperation = usages.Count;
        foreach (var fragment in fragmentsReached)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }
        SpendFragmentWork(usages.Count - fromOperation);
        recursiveUsages[operation] = usages;
        return usages;
    }

    private sealed class UsageCollector : ValidationVisitor
    {
        public TypeInfo TypeInfo { get; set; } = null!;
        public List<VariableUsage> Usages { get; } = [];

        public override bool Enter(Node node)
        {
            if (node is VariableDefinitionNode) return false;
            if (node is VariableNode variable)
                Usages.Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.HasDefaultValue, TypeInfo.ParentInputType));
            return true;
        }
    }
}
