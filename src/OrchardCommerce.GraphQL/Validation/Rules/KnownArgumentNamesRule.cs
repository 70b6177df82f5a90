using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.4.1 Argument Names: every argument given to a field or directive is one it defines.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, DirectiveDefinitionNode> documentDirectives = DocumentDirectives.Of(context.Document);

        public override bool Enter(Node node)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    CheckDirective(directive);
                    return false;
                case ArgumentNode argument when context.Argument is null && context.FieldDef is { } fieldDef && context.ParentType is { } parentType:
                    var name = argument.Name.Value;
                    var suggestions = context.HideSuggestions ? [] : SuggestionList.For(name, fieldDef.Arguments.Select(a => a.Name));
                    context.ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean.Format(suggestions), argument);
                    break;
            }
            return true;
        }

        private void CheckDirective(DirectiveNode directive)
        {
            if (directive.Arguments.Count == 0) return;
            var directiveName = directive.Name.Value;
            IReadOnlyList<string>? known = documentDirectives.TryGetValue(directiveName, out var defined)
                ? defined.Arguments.Select(a => a.Name.Value).Distinct().ToList()
                : context.Schema.GetDirective(directiveName)?.Arguments.Select(a => a.Name).ToList();
            if (known is null) return;
            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (known.Contains(name)) continue;
                var suggestions = context.HideSuggestions ? [] : SuggestionList.For(name, known);
                context.ReportError($"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + DidYouMean.Format(suggestions), argument);
            }
        }
    }
}
