using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, DirectiveDefinitionNode> documentDirectives = DocumentDirectives.Of(context.Document);

        public override bool Enter(Node node)
        {
            if (node is not DirectiveNode directive) return true;
            var name = directive.Name.Value;
            var ancestors = context.Ancestors;
            var location = LocationOf(ancestors[^1], ancestors.Count > 1 ? ancestors[^2] : null);
            if (documentDirectives.TryGetValue(name, out var defined))
            {
                if (location is not null && !defined.Locations.Any(l => l.Value == location))
                    context.ReportError($"Directive \"@{name}\" may not be used on {location}.", directive);
            }
            else if (context.Schema.GetDirective(name) is { } schemaDirective)
            {
                if (location is not null && !schemaDirective.Locations.Any(l => l.ToString() == location))
                    context.ReportError($"Directive \"@{name}\" may not be used on {location}.", directive);
            }
            else context.ReportError($"Unknown directive \"@{name}\".", directive);
            return true;
        }

        private static string? LocationOf(Node appliedTo, Node? appliedToParent) => appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => nameof(DirectiveLocation.QUERY),
                OperationType.Mutation => nameof(DirectiveLocation.MUTATION),
                _ => nameof(DirectiveLocation.SUBSCRIPTION),
            },
            FieldNode => nameof(DirectiveLocation.FIELD),
            FragmentSpreadNode => nameof(DirectiveLocation.FRAGMENT_SPREAD),
            InlineFragmentNode => nameof(DirectiveLocation.INLINE_FRAGMENT),
            FragmentDefinitionNode => nameof(DirectiveLocation.FRAGMENT_DEFINITION),
            VariableDefinitionNode => nameof(DirectiveLocation.VARIABLE_DEFINITION),
            SchemaDefinitionNode or SchemaExtensionNode => nameof(DirectiveLocation.SCHEMA),
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => nameof(DirectiveLocation.SCALAR),
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => nameof(DirectiveLocation.OBJECT),
            FieldDefinitionNode => nameof(DirectiveLocation.FIELD_DEFINITION),
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => nameof(DirectiveLocation.INTERFACE),
            UnionTypeDefinitionNode or UnionTypeExtensionNode => nameof(DirectiveLocation.UNION),
            EnumTypeDefinitionNode or EnumTypeExtensionNode => nameof(DirectiveLocation.ENUM),
            EnumValueDefinitionNode => nameof(DirectiveLocation.ENUM_VALUE),
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => nameof(DirectiveLocation.INPUT_OBJECT),
            // graphql-js tells the two apart by the definition holding the input value; an input extension's
            // fields count as arguments there, and so here.
            InputValueDefinitionNode => appliedToParent is InputObjectTypeDefinitionNode
                ? nameof(DirectiveLocation.INPUT_FIELD_DEFINITION)
                : nameof(DirectiveLocation.ARGUMENT_DEFINITION),
            DirectiveDefinitionNode => nameof(DirectiveLocation.DIRECTIVE_DEFINITION),
            _ => null,
        };
    }
}
