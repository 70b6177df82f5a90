using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.2.2.1 Lone Anonymous Operation: an operation without a name must be the only one.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int operationCount;

        public override bool Enter(Node node)
        {
            if (node is DocumentNode document)
            {
                foreach (var definition in document.Definitions)
                    if (definition is OperationDefinitionNode) operationCount++;
                return true;
            }
            if (node is OperationDefinitionNode { Name: null } && operationCount > 1)
                context.ReportError("This anonymous operation must be the only defined operation.", node);
            return false;
        }
    }
}
