using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// A query text's parse and validation outcome against one schema: either errors (syntax, spec rules, depth, cost) or a
/// document ready to execute. Cost depends on variables (page sizes) when the document declares any, so only then is
/// <see cref="NeedsCostCheck"/> set and the cost rule run again per request. <see cref="IsPrivate"/>: it selects a
/// visitor's carts or orders, so no answer to it is cached.
/// </summary>
internal sealed record CachedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors, bool NeedsCostCheck, bool IsPrivate = false)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The type of the operation a request selects, or null when the name selects none (execution reports it).</summary>
    public OperationType? OperationTypeOf(string? operationName)
    {
        if (Document is null) return null;
        OperationDefinitionNode? only = null;
        var count = 0;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is not null && operation.Name?.Value == operationName) return operation.Operation;
            only = operation;
            count++;
        }
        return operationName is null && count == 1 ? only!.Operation : null;
    }
}
