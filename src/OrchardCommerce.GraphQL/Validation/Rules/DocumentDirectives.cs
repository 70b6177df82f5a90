using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>
/// Directive definitions a document itself contains: graphql-js lets them stand in for (or add to) the schema's
/// when checking directive names, locations, arguments and repeatability. Almost always empty.
/// </summary>
internal static class DocumentDirectives
{
    public static Dictionary<string, DirectiveDefinitionNode> Of(DocumentNode document)
    {
        var found = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
            if (definition is DirectiveDefinitionNode directive) found[directive.Name.Value] = directive;
        return found;
    }
}
