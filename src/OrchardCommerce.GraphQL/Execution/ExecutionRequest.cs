using System.Text.Json;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>One operation to execute (graphql-js ExecutionArgs): the document must already have passed validation.</summary>
public sealed class ExecutionRequest
{
    public required GraphQLSchema Schema { get; init; }
    public required DocumentNode Document { get; init; }

    /// <summary>Required when the document holds more than one operation (spec §6.1 GetOperation).</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values as <see cref="Utilities.JsonInput"/> reads them; coerced by the executor (spec §6.1.2).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The variables as a JSON object, read when <see cref="Variables"/> is not given.</summary>
    public JsonElement? VariablesJson { get; init; }

    /// <summary>The source value of the top-level fields.</summary>
    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }
    public object? UserContext { get; init; }

    /// <summary>The batch loaders of this request; a fresh context is made when none is given.</summary>
    public DataLoaderContext? DataLoaders { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
