using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears once per node; a
/// type's definition and its extensions (and the schema's) count as one location.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, DirectiveDefinitionNode> documentDirectives = DocumentDirectives.Of(context.Document);
        private readonly Dictionary<string, DirectiveNode> schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> typeDirectives = new(StringComparer.Ordinal);

        public override bool Enter(Node node)
        {
            var directives = DirectivesOf(node);
            if (directives is null || directives.Count == 0) return true;
            Dictionary<string, DirectiveNode> seen;
            if (node is SchemaDefinitionNode or SchemaExtensionNode) seen = schemaDirectives;
            else if (DefinitionNames.IsTypeDefinitionOrExtension(node))
            {
                var typeName = DefinitionNames.Of(node)!;
                if (!typeDirectives.TryGetValue(typeName, out seen!)) typeDirectives[typeName] = seen = new(StringComparer.Ordinal);
            }
            else seen = new(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!IsUnique(name)) continue;
                if (seen.TryGetValue(name, out var first))
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                else seen[name] = directive;
            }
            return true;
        }

        private bool IsUnique(string name) => documentDirectives.TryGetValue(name, out var defined)
            ? !defined.Repeatable
            : context.Schema.GetDirective(name) is { IsRepeatable: false };

        private static IReadOnlyList<DirectiveNode>? DirectivesOf(Node node) => node switch
        {
            FieldNode n => n.Directives,
            OperationDefinitionNode n => n.Directives,
            FragmentSpreadNode n => n.Directives,
            InlineFragmentNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            SchemaDefinitionNode n => n.Directives,
            SchemaExtensionNode n => n.Directives,
            ScalarTypeDefinitionNode n => n.Directives,
            ScalarTypeExtensionNode n => n.Directives,
            ObjectTypeDefinitionNode n => n.Directives,
            ObjectTypeExtensionNode n => n.Directives,
            InterfaceTypeDefinitionNode n => n.Directives,
            InterfaceTypeExtensionNode n => n.Directives,
            UnionTypeDefinitionNode n => n.Directives,
            UnionTypeExtensionNode n => n.Directives,
            EnumTypeDefinitionNode n => n.Directives,
            EnumTypeExtensionNode n => n.Directives,
            InputObjectTypeDefinitionNode n => n.Directives,
            InputObjectTypeExtensionNode n => n.Directives,
            FieldDefinitionNode n => n.Directives,
            InputValueDefinitionNode n => n.Directives,
            EnumValueDefinitionNode n => n.Directives,
            _ => null,
        };
    }
}
