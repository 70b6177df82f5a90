using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.3.2 Field Selection Merging: fields that share a response name can be merged — same field and
/// arguments unless their parents can never be the same object, and compatible return types always. Compared
/// fragment pairs, collected selection sets and argument comparisons are cached (as graphql-js does) so repeated
/// fragments cost linear work, and a complexity budget aborts what would still be too costly.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly ConflictFinder finder = new(context);

        public override bool Enter(Node node)
        {
            if (node is not SelectionSetNode selectionSet) return true;
            // An inline fragment's fields are compared as part of the enclosing selection set.
            if (context.Ancestors[^1] is InlineFragmentNode) return true;
            var selections = selectionSet.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode)) return true;
            foreach (var conflict in finder.FindWithinSelectionSet(context.ParentType, selectionSet))
            {
                var nodes = new Node?[conflict.Fields1.Count + conflict.Fields2.Count];
                for (var i = 0; i < conflict.Fields1.Count; i++) nodes[i] = conflict.Fields1[i];
                for (var i = 0; i < conflict.Fields2.Count; i++) nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
                context.ReportError($"Fields \"{Conflict.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. "
                    + "Use different aliases on the fields to fetch both if this was intentional.", nodes);
            }
            return true;
        }
    }
}
