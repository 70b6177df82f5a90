using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.3.3 Leaf Field Selections: leaves select nothing, everything else selects at least one field.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            if (node is not FieldNode field || context.Type is not { } type) return true;
            var name = field.Name.Value;
            if (type.Named.IsLeafType)
            {
                if (field.SelectionSet is { } selectionSet)
                    context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
            else if (field.SelectionSet is null)
                context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
            else if (field.SelectionSet.Selections.Count == 0)
                context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
            return true;
        }
    }
}
