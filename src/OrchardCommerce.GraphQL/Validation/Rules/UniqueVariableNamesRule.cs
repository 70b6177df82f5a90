using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.1 Variable Uniqueness: one error per repeated name, at every definition of it.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            if (node is not OperationDefinitionNode operation) return node is DocumentNode;
            var definitions = operation.VariableDefinitions;
            if (definitions.Count < 2) return false;
            foreach (var group in definitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                    context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(d => (Node?)d.Variable.Name).ToArray());
            }
            return false;
        }
    }
}
