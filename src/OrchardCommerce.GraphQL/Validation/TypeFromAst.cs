using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>The schema type a type reference names, or null when its named type is unknown (graphql-js typeFromAST).</summary>
internal static class TypeFromAst
{
    public static GraphQLType? Get(GraphQLSchema schema, TypeNode? node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Get(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
