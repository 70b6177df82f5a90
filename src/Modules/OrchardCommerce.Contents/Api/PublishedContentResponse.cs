using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Api;

/// <summary>A published item's JSON from the cache when its generation is current, else loaded and cached.</summary>
internal static class PublishedContentResponse
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static async Task<IResult> GetAsync(HttpContext http, string key, Func<Task<ContentItem?>> load, Func<IResult> notFound)
    {
        var services = http.RequestServices;
        var cache = services.GetRequiredService<PublishedContentCache>();
        // Read the generation before the item: a write that lands in between makes this entry stale, never wrong.
        var generation = await services.GetRequiredService<ContentGeneration>()
            .CurrentAsync(services.GetRequiredService<DbSession>(), http.RequestAborted);
        if (cache.TryGet(key, generation, out var body)) return Results.Bytes(body, JsonContentType);
        var item = await load();
        if (item is null) return notFound();
        body = JsonSerializer.SerializeToUtf8Bytes(item.ToJson());
        cache.Set(key, generation, body);
        return Results.Bytes(body, JsonContentType);
    }
}
