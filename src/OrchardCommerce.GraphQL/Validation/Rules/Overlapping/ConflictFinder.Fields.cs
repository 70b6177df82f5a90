using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

internal sealed partial class ConflictFinder
{
    /// <summary>Whether two fields of one response name conflict (spec §5.3.2 FieldsInSetCanMerge, SameResponseShape).</summary>
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields on two different object types can never both apply, so only their response shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && Equals(type1, type2) && node1.Name.Value == node2.Name.Value) return null;
        if (!mutuallyExclusive)
        {
            if (!field1.Comparisons.TryGetValue(field2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Conflict.Abbreviate(name1)}\" and \"{Conflict.Abbreviate(name2)}\" are different fields"
                    : SameArguments(field1, field2) ? null : "they have differing arguments";
                field1.Comparisons[field2] = reason;
            }
            if (reason is not null) return new Conflict(responseName, reason, [node1], [node2]);
        }
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            field1.TypeString ??= type1.ToString();
            field2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{field1.TypeString}\" and \"{field2.TypeString}\"", [node1], [node2]);
        }
        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, type1?.Named, set1, type2?.Named, set2);
            return Conflict.FromSubfields(conflicts, responseName, node1, node2);
        }
        return null;
    }

    private bool SameArguments(FieldDetails field1, FieldDetails field2)
    {
        var arguments1 = field1.Node.Arguments;
        var arguments2 = field2.Node.Arguments;
        if (arguments1.Count == 0) return arguments2.Count == 0;
        if (arguments1.Count != arguments2.Count) return false;
        var values2 = field2.ArgumentValues!;
        foreach (var argument in arguments1)
        {
            Spend(1);
            if (!values2.TryGetValue(argument.Name.Value, out var value2)) return false;
            if (Stringify(argument.Value) != Stringify(value2)) return false;
        }
        return true;
    }

    private string Stringify(ValueNode value)
    {
        if (!stringifiedValues.TryGetValue(value, out var text)) stringifiedValues[value] = text = ValueKey.Of(value);
        return text;
    }

    /// <summary>Two return types conflict when no value could be both (spec §5.3.2 SameResponseShape).</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2)) return false;
        Spend(1);
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        if (type1.IsLeafType || type2.IsLeafType) return !ReferenceEquals(type1, type2);
        return false;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = new CollectKey(parentType, selectionSet);
        if (collected.TryGetValue(key, out var cached)) return cached;
        var fields = new CollectedFields();
        CollectInto(parentType, selectionSet, fields);
        collected[key] = fields;
        return fields;
    }

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                    fields.Add(field.Alias?.Value ?? field.Name.Value, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fields.AddFragment(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(inlineType, inline.SelectionSet, fields);
                    break;
            }
        }
    }
}
