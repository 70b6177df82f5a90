using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>The commerce half of the schema, on tenants with the Commerce feature: catalog, carts, checkout and orders.</summary>
internal sealed class CommerceSchema(CommonTypes common, GraphQLType productContent)
{
    private readonly CatalogTypes _catalog = new(common, productContent);
    private OrderTypes? _orders;

    private OrderTypes Orders => _orders ??= new OrderTypes(_catalog);

    public IEnumerable<FieldDefinition> QueryFields() => [.. CatalogQueries.Create(_catalog), .. CartMutations.Queries(Orders)];

    public IEnumerable<FieldDefinition> MutationFields() => CartMutations.Mutations(Orders);
}
