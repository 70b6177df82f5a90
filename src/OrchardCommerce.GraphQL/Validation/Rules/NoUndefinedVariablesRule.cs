using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.8.3 All Variable Uses Defined, through every fragment the operation reaches.</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node) => node is DocumentNode or OperationDefinitionNode;

        public override void Leave(Node node)
        {
            if (node is not OperationDefinitionNode operation) return;
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions) defined.Add(definition.Variable.Name.Value);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (defined.Contains(name)) continue;
                context.ReportError(operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.", usage.Node, operation);
            }
        }
    }
}
