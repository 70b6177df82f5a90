namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// Thrown (by the engine, or by a resolver that wants extensions or its own locations) to report an error exactly as
/// given; any other exception from a resolver becomes a field error carrying only the exception's message.
/// </summary>
public sealed class GraphQLErrorException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
