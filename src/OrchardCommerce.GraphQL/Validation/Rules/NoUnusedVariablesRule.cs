using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.4 All Variables Used, directly or through fragments the operation reaches.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node) => node is DocumentNode or OperationDefinitionNode;

        public override void Leave(Node node)
        {
            if (node is not OperationDefinitionNode operation || operation.VariableDefinitions.Count == 0) return;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation)) used.Add(usage.Node.Name.Value);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name)) continue;
                context.ReportError(operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.", definition);
            }
        }
    }
}
