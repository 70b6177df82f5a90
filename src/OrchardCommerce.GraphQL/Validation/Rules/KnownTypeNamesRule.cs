using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.5.1.2 Fragment Spread Type Existence and §5.8.2: every type a document names exists in the schema
/// (or is defined by the document itself, as graphql-js allows).
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private HashSet<string>? definedTypes;

        public override bool Enter(Node node)
        {
            if (node is not NamedTypeNode named) return true;
            var typeName = named.Name.Value;
            if (context.Schema.GetType(typeName) is not null || DefinedTypes().Contains(typeName)) return true;
            var ancestors = context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors[^1];
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName)) return true;
            var suggestions = context.HideSuggestions ? [] : SuggestionList.For(typeName, Candidates(isSdl));
            context.ReportError($"Unknown type \"{typeName}\"." + DidYouMean.Format(suggestions), named);
            return true;
        }

        private HashSet<string> DefinedTypes()
        {
            if (definedTypes is not null) return definedTypes;
            definedTypes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in context.Document.Definitions)
                if (definition is TypeDefinitionNode && DefinitionNames.Of(definition) is { } name) definedTypes.Add(name);
            return definedTypes;
        }

        private IEnumerable<string> Candidates(bool isSdl)
        {
            var names = context.Schema.Types.Select(t => t.Name).Concat(DefinedTypes());
            return isSdl ? StandardTypeNames.Concat(names) : names;
        }
    }
}
