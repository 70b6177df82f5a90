using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Api.Data.Content;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// Picked items through one data loader per version: every picker field of every item in a response asks for its ids,
/// and the loader reads them all with one <see cref="ContentByIdReader"/> query per level of nesting.
/// </summary>
internal static class PickedItems
{
    public static async Task<object?> LoadAsync(ResolveContext context, IReadOnlyList<string> ids, VersionOptions status)
    {
        if (ids.Count == 0) return Array.Empty<ContentItem>();
        var services = context.Services!;
        var loader = context.GetDataLoader<string, ContentItem>("content-by-id:" + status, (keys, cancellationToken) =>
            services.GetRequiredService<ResolverGate>().RunAsync(
                () => services.GetRequiredService<ContentByIdReader>().GetManyAsync(keys, status, cancellationToken), cancellationToken));
        var found = await loader.LoadManyAsync(ids);
        var items = new List<ContentItem>(found.Count);
        foreach (var item in found)
            if (item is not null) items.Add(item);
        return items;
    }
}
