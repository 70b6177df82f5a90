namespace OrchardCommerce.GraphQL.Validation;

/// <summary>Stops the walk: the error limit was reached, or a work budget ran out (graphql-js's abort object).</summary>
internal sealed class ValidationAbortedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
