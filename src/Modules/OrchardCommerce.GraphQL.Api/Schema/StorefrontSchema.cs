using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema;

/// <summary>A built schema and the content-definitions version it was built from (part of every cache key that depends on it).</summary>
public sealed record StorefrontSchema(GraphQLSchema Schema, long DefinitionsVersion);
