using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// What execution works out from a document and schema alone, kept for as long as both live: the fragments by name
/// and each operation's root fields (with, hanging off them, their collected sub-fields and constant arguments).
/// A cached document (the endpoint keeps parsed, validated documents) so executes without collecting anything again.
/// </summary>
internal sealed class DocumentPlan
{
    private static readonly ConditionalWeakTable<GraphQLSchema, ConditionalWeakTable<DocumentNode, DocumentPlan>> Plans = new();

    private readonly ConcurrentDictionary<OperationDefinitionNode, CollectedFields> rootFields = new(ReferenceEqualityComparer.Instance);

    private DocumentPlan(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
            if (definition is FragmentDefinitionNode fragment) fragments[fragment.Name.Value] = fragment;
        Fragments = fragments;
        Document = document;
    }

    public DocumentNode Document { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public static DocumentPlan For(GraphQLSchema schema, DocumentNode document) =>
        Plans.GetValue(schema, _ => new()).GetValue(document, d => new DocumentPlan(d));

    /// <summary>The operation to run (spec §6.1 GetOperation) or graphql-js's message for why there is none.</summary>
    public OperationDefinitionNode? SelectOperation(string? operationName, out string? error)
    {
        OperationDefinitionNode? operation = null;
        error = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = "Must provide operation name if query contains multiple operations.";
                    return null;
                }
                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName) operation = candidate;
        }
        if (operation is null) error = operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".";
        return operation;
    }

    public CollectedFields RootFields(Execution execution, ObjectType rootType, OperationDefinitionNode operation)
    {
        if (rootFields.TryGetValue(operation, out var cached)) return cached;
        var collected = FieldCollector.Collect(execution, rootType, operation.SelectionSet, shared: true);
        if (!collected.DependsOnVariables) rootFields.TryAdd(operation, collected);
        return collected;
    }
}
