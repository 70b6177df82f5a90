using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Api.Data.Versions;

namespace OrchardCommerce.GraphQL.Api.Schema;

/// <summary>
/// The tenant's schema, built once per content-definitions version (a singleton of the tenant's container, so one per
/// tenant). Each call costs one indexed read of the version; a content type or field saved through the definition API
/// (or a recipe) bumps it, and the next request builds the new schema. Built under a lock, so a burst of requests after
/// a change builds it once.
/// </summary>
public sealed class StorefrontSchemaProvider : IStorefrontSchemaProvider, IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile StorefrontSchema? _current;

    public async ValueTask<StorefrontSchema> GetSchemaAsync(IServiceProvider requestServices, CancellationToken cancellationToken) =>
        await GetSchemaAsync(await requestServices.GetRequiredService<StorefrontVersions>().GetDefinitionsAsync(cancellationToken),
            requestServices, cancellationToken);

    public async ValueTask<StorefrontSchema> GetSchemaAsync(long version, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        if (_current is { } current && current.DefinitionsVersion == version) return current;
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.DefinitionsVersion == version) return built;
            // Read after the version: a definition saved in between makes this schema stale under the old number, not wrong.
            var definitions = requestServices.GetRequiredService<ContentDefinitionStore>();
            var types = await definitions.ListTypesAsync(cancellationToken);
            var parts = await definitions.ListPartsAsync(cancellationToken);
            var hasCommerce = requestServices.GetRequiredService<StorefrontFeatures>().HasCommerce;
            var schema = new StorefrontSchema(StorefrontSchemaFactory.Build(types, parts, hasCommerce), version);
            // Never go back to an older version when two requests straddle a change.
            if (_current is null || _current.DefinitionsVersion < version) _current = schema;
            return schema;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();
}
