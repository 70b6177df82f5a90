using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            if (node is VariableDefinitionNode definition && TypeFromAst.Get(context.Schema, definition.Type) is { IsInputType: false })
                context.ReportError($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
            return true;
        }
    }
}
