using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5, graphql-js validate): every rule's visitor runs in
/// one walk, and errors come back in the order graphql-js reports them. An empty list means valid.
/// </summary>
public static class DocumentValidator
{
    /// <param name="rules">Defaults to <see cref="SpecifiedRules.All"/>.</param>
    /// <param name="maxErrors">
    /// Past this many errors validation stops with a last "error limit reached" error, so a pathologically invalid
    /// document costs no more than a bounded number of errors (graphql-js default 100).
    /// </param>
    /// <param name="hideSuggestions">Leave "Did you mean" hints out of messages.</param>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null, int maxErrors = 100, bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors, maxErrors, hideSuggestions);
        try
        {
            var visitors = new ValidationVisitor[rules.Count];
            for (var i = 0; i < visitors.Length; i++) visitors[i] = rules[i].CreateVisitor(context);
            var walker = new DocumentWalker(typeInfo, visitors);
            context.AttachWalker(walker);
            walker.Walk(document);
        }
        catch (ValidationAbortedException aborted) when (aborted.Error.Message == ValidationContext.AbortedMessage)
        {
            errors.Add(aborted.Error);
        }
        catch (ValidationAbortedException)
        {
            // The error limit's own error is already in the list.
        }
        return errors;
    }
}
