using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>What a resolver sees of one field being executed (graphql-js's GraphQLResolveInfo plus source and arguments).</summary>
public sealed class ResolveContext
{
    public required GraphQLSchema Schema { get; init; }
    public required ObjectType ParentType { get; init; }
    public required FieldDefinition Field { get; init; }

    /// <summary>Every field node merged into this field, in document order (spec §6.3.2 CollectFields).</summary>
    public required IReadOnlyList<FieldNode> FieldNodes { get; init; }

    /// <summary>The value of the parent field (the root value for top-level fields).</summary>
    public object? Source { get; init; }

    /// <summary>Coerced argument values (spec §6.4.1); absent optional arguments without default are not present.</summary>
    public required IReadOnlyDictionary<string, object?> Arguments { get; init; }

    /// <summary>Response keys and list indices from the root to this field.</summary>
    public required IReadOnlyList<object> Path { get; init; }

    public required OperationDefinitionNode Operation { get; init; }
    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    /// <summary>The request's services (a tenant's scope in the HTTP endpoint) for resolvers to take readers from.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Whatever the caller passed along with the request (e.g. the user).</summary>
    public object? UserContext { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>The request's batch loaders (spec-free: graphql-js users reach for the dataloader package).</summary>
    public DataLoaderContext? DataLoaders { get; init; }

    /// <summary>The request's loader of this name, made on first use: keys asked for in one tick load in one batch.</summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch) where TKey : notnull =>
        (DataLoaders ?? throw new InvalidOperationException("Data loaders are only available while a request executes.")).GetOrAdd(name, batch);

    public T Argument<T>(string name, T fallback = default!) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
