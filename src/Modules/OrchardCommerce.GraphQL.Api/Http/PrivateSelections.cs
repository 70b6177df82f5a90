using OrchardCommerce.GraphQL.Api.Schema.Naming;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Whether a validated document selects a visitor's private data (carts, orders) anywhere — through fragments too —
/// so its answers stay out of every cache: those rows change without the published-data version moving.
/// </summary>
internal static class PrivateSelections
{
    public static bool Any(GraphQLSchema schema, DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
            if (definition is FragmentDefinitionNode fragment) fragments[fragment.Name.Value] = fragment;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
            if (definition is OperationDefinitionNode operation && Selects(schema, schema.GetRootType(operation.Operation), operation.SelectionSet, fragments, visited))
                return true;
        return false;
    }

    private static bool Selects(GraphQLSchema schema, NamedType? parent, SelectionSetNode selections,
        Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited)
    {
        if (parent is null) return false;
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case FieldNode field when schema.GetFieldDefinition(parent, field.Name.Value) is { } definition:
                    var type = definition.Type.Named;
                    if (CommerceNames.PrivateTypes.Contains(type.Name)) return true;
                    if (field.SelectionSet is { } inner && Selects(schema, type, inner, fragments, visited)) return true;
                    break;
                case InlineFragmentNode inline:
                    var condition = inline.TypeCondition is { } named ? schema.GetType(named.Name.Value) : parent;
                    if (Selects(schema, condition, inline.SelectionSet, fragments, visited)) return true;
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    if (Selects(schema, schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, fragments, visited)) return true;
                    break;
            }
        }
        return false;
    }
}
