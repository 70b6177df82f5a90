using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.4.2.1 Required Arguments: non-null arguments without a default are given. Checked on leaving the
/// field or directive, so errors inside its arguments come first.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, DirectiveDefinitionNode> documentDirectives = DocumentDirectives.Of(context.Document);

        public override void Leave(Node node)
        {
            if (node is FieldNode field && context.FieldDef is { } fieldDef)
            {
                foreach (var argument in fieldDef.Arguments)
                    if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                        context.ReportError($"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
            }
            else if (node is DirectiveNode directive)
            {
                var name = directive.Name.Value;
                if (documentDirectives.TryGetValue(name, out var defined))
                {
                    foreach (var argument in defined.Arguments)
                        if (argument is { Type: NonNullTypeNode, DefaultValue: null } && !IsProvided(directive.Arguments, argument.Name.Value))
                            Report(directive, argument.Name.Value, Printer.Print(argument.Type));
                }
                else if (context.Schema.GetDirective(name) is { } schemaDirective)
                {
                    foreach (var argument in schemaDirective.Arguments)
                        if (argument.IsRequired && !IsProvided(directive.Arguments, argument.Name))
                            Report(directive, argument.Name, $"{argument.Type}");
                }
            }
        }

        private void Report(DirectiveNode directive, string argument, string type) =>
            context.ReportError($"Directive \"@{directive.Name.Value}\" argument \"{argument}\" of type \"{type}\" is required, but it was not provided.", directive);

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
                if (argument.Name.Value == name) return true;
            return false;
        }
    }
}
