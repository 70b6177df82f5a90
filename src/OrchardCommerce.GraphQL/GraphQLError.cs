using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL;

/// <summary>An error as the response carries it (spec §7.1.2): message, the source locations and the response path.</summary>
public sealed record GraphQLError(string Message)
{
    public IReadOnlyList<SourceLocation>? Locations { get; init; }

    /// <summary>Response keys (string) and list indices (int) from the root to the field that failed.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>An error located at the given nodes, in the order given (graphql-js keeps node order).</summary>
    public static GraphQLError At(string message, params Node?[] nodes) => new(message)
    {
        Locations = LocationsOf(nodes),
    };

    public static IReadOnlyList<SourceLocation>? LocationsOf(IEnumerable<Node?> nodes)
    {
        var locations = nodes.Where(n => n?.Location is not null).Select(n => n!.Location!.StartLocation).ToList();
        return locations.Count == 0 ? null : locations;
    }
}
