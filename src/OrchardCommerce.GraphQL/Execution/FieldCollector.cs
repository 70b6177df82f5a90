using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// CollectFields (spec §6.3.2): fields by response key in document order through inline fragments and fragment
/// spreads whose type condition applies, leaving out what @skip/@include exclude and fields the type does not have.
/// </summary>
internal sealed class FieldCollector
{
    private readonly Execution execution;
    private readonly ObjectType type;
    private readonly Dictionary<string, List<FieldNode>> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> visitedFragments = new(StringComparer.Ordinal);
    private bool dependsOnVariables;

    private FieldCollector(Execution execution, ObjectType type)
    {
        this.execution = execution;
        this.type = type;
    }

    public static CollectedFields Collect(Execution execution, ObjectType type, SelectionSetNode selectionSet, bool shared)
    {
        var collector = new FieldCollector(execution, type);
        collector.CollectSet(selectionSet);
        return collector.Build(shared);
    }

    public static CollectedFields Collect(Execution execution, ObjectType type, FieldNode[] fieldNodes, bool shared)
    {
        var collector = new FieldCollector(execution, type);
        foreach (var node in fieldNodes)
            if (node.SelectionSet is { } set) collector.CollectSet(set);
        return collector.Build(shared);
    }

    private void CollectSet(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives)) continue;
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!byKey.TryGetValue(key, out var nodes)) byKey[key] = nodes = [];
                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !ConditionMatches(inline.TypeCondition)) continue;
                    CollectSet(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread.Directives)) continue;
                    visitedFragments.Add(name);
                    if (!execution.Fragments.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition)) continue;
                    CollectSet(fragment.SelectionSet);
                    break;
            }
        }
    }

    private CollectedFields Build(bool parentShared)
    {
        var shared = parentShared && !dependsOnVariables;
        var fields = new List<CollectedField>(byKey.Count);
        foreach (var (key, nodes) in byKey)
        {
            // graphql-js leaves out a field the type does not define (only an invalid document has one).
            if (execution.Schema.GetFieldDefinition(type, nodes[0].Name.Value) is { } definition)
                fields.Add(new CollectedField(key, [.. nodes], definition, shared));
        }
        return new CollectedFields([.. fields], dependsOnVariables);
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0) return true;
        if (IsTrue(directives, SpecifiedDirectives.Skip) == true) return false;
        return IsTrue(directives, SpecifiedDirectives.Include) != false;
    }

    private bool? IsTrue(IReadOnlyList<DirectiveNode> directives, DirectiveDefinition definition)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != definition.Name) continue;
            if (ArgumentCoercer.UsesVariables(directive.Arguments)) dependsOnVariables = true;
            var arguments = ArgumentCoercer.Coerce(definition.Arguments, directive.Arguments, directive, execution.Variables);
            return arguments.TryGetValue("if", out var value) ? value as bool? : null;
        }
        return null;
    }

    private bool ConditionMatches(NamedTypeNode? condition)
    {
        if (condition is null) return true;
        var conditionType = execution.Schema.GetType(condition.Name.Value);
        if (conditionType == type) return true;
        return conditionType is InterfaceType or UnionType && execution.Schema.IsSubType(conditionType, type);
    }
}
