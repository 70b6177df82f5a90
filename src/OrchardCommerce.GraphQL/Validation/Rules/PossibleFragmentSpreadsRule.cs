using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.2.3 Fragment spread is possible: some object type satisfies both the fragment's and the parent's type.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.Type is NamedType { IsCompositeType: true } fragmentType && context.ParentType is { IsCompositeType: true } parent
                        && !TypeRelations.DoTypesOverlap(context.Schema, fragmentType, parent))
                        context.ReportError($"Fragment cannot be spread here as objects of type \"{parent}\" can never be of type \"{fragmentType}\".", inline);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (FragmentType(name) is { } spreadType && context.ParentType is { } parentType
                        && !TypeRelations.DoTypesOverlap(context.Schema, spreadType, parentType))
                        context.ReportError($"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{spreadType}\".", spread);
                    break;
            }
            return true;
        }

        private NamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } type ? type : null;
    }
}
