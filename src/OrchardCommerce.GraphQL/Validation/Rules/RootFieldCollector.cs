using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// Groups a root selection set's fields by response key as execution does (spec §6.3.2 CollectFields), with no
/// variable values: @skip/@include count only when given a literal; each selection set charges the fragment budget.
/// </summary>
internal sealed class RootFieldCollector(ValidationContext context, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType runtimeType)
{
    private readonly List<KeyValuePair<string, List<FieldNode>>> fields = [];
    private readonly HashSet<string> visitedFragments = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, List<FieldNode>>> Collect(SelectionSetNode selectionSet)
    {
        CollectInto(selectionSet);
        return fields;
    }

    private void CollectInto(SelectionSetNode selectionSet)
    {
        Reserve(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                    var key = field.Alias?.Value ?? field.Name.Value;
                    var group = fields.FindIndex(f => f.Key == key);
                    if (group >= 0) fields[group].Value.Add(field);
                    else fields.Add(new(key, [field]));
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline.Directives) && Matches(inline.TypeCondition):
                    CollectInto(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Contains(spread.Name.Value) || !ShouldInclude(spread.Directives)) break;
                    visitedFragments.Add(spread.Name.Value);
                    if (fragments.TryGetValue(spread.Name.Value, out var fragment) && Matches(fragment.TypeCondition))
                        CollectInto(fragment.SelectionSet);
                    break;
            }
        }
    }

    private void Reserve(SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            var directives = Directives(selection);
            context.SpendFragmentWork(directives.Count);
            foreach (var directive in directives)
                if (directive.Name.Value is "skip" or "include") context.SpendFragmentWork(directive.Arguments.Count);
        }
    }

    private static IReadOnlyList<DirectiveNode> Directives(SelectionNode selection) => selection switch
    {
        FieldNode f => f.Directives,
        InlineFragmentNode i => i.Directives,
        FragmentSpreadNode s => s.Directives,
        _ => [],
    };

    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives) =>
        LiteralIf(directives, "skip") != true && LiteralIf(directives, "include") != false;

    private static bool? LiteralIf(IReadOnlyList<DirectiveNode> directives, string name)
    {
        var directive = directives.FirstOrDefault(d => d.Name.Value == name);
        var argument = directive?.Arguments.FirstOrDefault(a => a.Name.Value == "if");
        return argument?.Value is BooleanValueNode boolean ? boolean.Value : null;
    }

    private bool Matches(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null) return true;
        var condition = context.Schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(condition, runtimeType)) return true;
        return condition is { IsAbstractType: true } && context.Schema.IsSubType(condition, runtimeType);
    }
}
