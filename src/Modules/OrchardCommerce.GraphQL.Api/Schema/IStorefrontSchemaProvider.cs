namespace OrchardCommerce.GraphQL.Api.Schema;

/// <summary>
/// A tenant's storefront schema (its content types + commerce + layout). The endpoint asks for it on every request;
/// the provider rebuilds it only when the tenant's content definitions change, so the schema follows them without a restart.
/// </summary>
public interface IStorefrontSchemaProvider
{
    ValueTask<StorefrontSchema> GetSchemaAsync(IServiceProvider requestServices, CancellationToken cancellationToken);

    /// <summary>The schema for a definitions version the caller has just read (with the rest of the storefront version), saving a read.</summary>
    ValueTask<StorefrontSchema> GetSchemaAsync(long definitionsVersion, IServiceProvider requestServices, CancellationToken cancellationToken);
}
