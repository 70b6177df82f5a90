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
        // Not LoadManyAsync: it resumes with ConfigureAwait(false), off the executor's queue, and the picker fields of the
        // next level then reach the loader after it has dispatched, splitting one batch into several.
        var pending = new Task<ContentItem?>[ids.Count];
        for (var i = 0; i < pending.Length; i++) pending[i] = loader.LoadAsync(ids[i]);
        var items = new List<ContentItem>(pending.Length);
        foreach (var item in await Task.WhenAll(pending))
            if (item is not null) items.Add(item);
        return items;
    }
}
