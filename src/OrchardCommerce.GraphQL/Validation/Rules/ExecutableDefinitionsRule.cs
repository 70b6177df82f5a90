using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(Node node)
        {
            foreach (var definition in ((DocumentNode)node).Definitions)
            {
                if (definition is ExecutableDefinitionNode) continue;
                var name = definition is SchemaDefinitionNode or SchemaExtensionNode ? "schema" : $"\"{DefinitionNames.Of(definition)}\"";
                context.ReportError($"The {name} definition is not executable.", definition);
            }
            return false;
        }
    }
}
