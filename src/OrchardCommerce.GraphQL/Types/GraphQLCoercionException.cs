namespace OrchardCommerce.GraphQL.Types;

/// <summary>A value a leaf type cannot represent; the message is the one graphql-js gives for the same value.</summary>
public sealed class GraphQLCoercionException(string message) : Exception(message);
