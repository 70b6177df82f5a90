using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>
/// Cms.Web's HTTP APIs as the daemon calls them: every request addressed to one tenant (its host name or URL prefix)
/// and signed in with the service token. Retries, timeouts and the per-tenant circuit breaker sit in
/// <see cref="CmsResilienceHandler"/>; errors that remain surface as <see cref="CmsApiException"/>.
/// </summary>
public sealed class CmsClient(HttpClient http, CmsAddress address, IOptions<DaemonOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<CmsTenant>> ListTenantsAsync(CancellationToken cancellationToken)
    {
        var tenants = await SendAsync(CmsTenant.Default, HttpMethod.Get, "api/tenants", null, null,
            cancellationToken) as JsonArray ?? [];
        return tenants.OfType<JsonObject>()
            .Where(t => (string?)t["state"] == "Running")
            .Select(t => new CmsTenant((string)t["name"]!, t["hosts"]?.AsArray().Select(h => (string?)h).FirstOrDefault(h => !string.IsNullOrEmpty(h)),
                (string?)t["urlPrefix"] is { Length: > 0 } prefix ? prefix : null))
            .ToList();
    }

    /// <summary>The most events <see cref="ReadEventsAsync"/> asks for.</summary>
    public const int FeedPageSize = 100;

    public async Task<CmsFeedPage> ReadEventsAsync(CmsTenant tenant, CmsFeed feed, long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        var path = $"{feed.Path}?after={after}&limit={FeedPageSize}&wait={(int)wait.TotalSeconds}";
        // Straight from the body's bytes: a page of events is the largest answer the daemon reads, and most of it is
        // the events' data, which stays as it came.
        var body = await SendBytesAsync(tenant, HttpMethod.Get, path, null, wait, cancellationToken);
        var page = (body.Length == 0 ? null : JsonSerializer.Deserialize<CmsFeedPage>(body, Json)) ?? new CmsFeedPage([], after);
        return page with { Events = page.Events.Select(e => e with { Feed = feed.Name }).ToList() };
    }

    public async Task<JsonObject> GetAsync(CmsTenant tenant, string path, CancellationToken cancellationToken) =>
        (JsonObject)(await SendAsync(tenant, HttpMethod.Get, path, null, null, cancellationToken))!;

    public async Task<JsonObject> PostAsync(CmsTenant tenant, string path, object? body, CancellationToken cancellationToken) =>
        (JsonObject)(await SendAsync(tenant, HttpMethod.Post, path, body, null, cancellationToken))!;

    public async Task<JsonObject> PutAsync(CmsTenant tenant, string path, object? body, CancellationToken cancellationToken) =>
        (JsonObject)(await SendAsync(tenant, HttpMethod.Put, path, body, null, cancellationToken))!;

    /// <summary>
    /// As <see cref="GetAsync"/>, <see cref="PutAsync"/> or <see cref="PostAsync"/>, but null when the tenant answers 404:
    /// the resource is gone, or the tenant lacks the feature that serves the path.
    /// </summary>
    public Task<JsonObject?> GetOrNullAsync(CmsTenant tenant, string path, CancellationToken cancellationToken) =>
        OrNullAsync(() => GetAsync(tenant, path, cancellationToken));

    public Task<JsonObject?> PutOrNullAsync(CmsTenant tenant, string path, object? body, CancellationToken cancellationToken) =>
        OrNullAsync(() => PutAsync(tenant, path, body, cancellationToken));

    public Task<JsonObject?> PostOrNullAsync(CmsTenant tenant, string path, object? body, CancellationToken cancellationToken) =>
        OrNullAsync(() => PostAsync(tenant, path, body, cancellationToken));

    private static async Task<JsonObject?> OrNullAsync(Func<Task<JsonObject>> send)
    {
        try { return await send(); }
        catch (CmsApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound) { return null; }
    }

    private async Task<JsonNode?> SendAsync(CmsTenant tenant, HttpMethod method, string path, object? body, TimeSpan? longPoll,
        CancellationToken cancellationToken)
    {
        var answer = await SendBytesAsync(tenant, method, path, body, longPoll, cancellationToken);
        return answer.Length == 0 ? null : JsonNode.Parse(answer);
    }

    private async Task<byte[]> SendBytesAsync(CmsTenant tenant, HttpMethod method, string path, object? body, TimeSpan? longPoll,
        CancellationToken cancellationToken)
    {
        var prefix = tenant.Host is null && tenant.UrlPrefix is { } p ? p.Trim('/') + "/" : "";
        using var request = new HttpRequestMessage(method, new Uri(address.Resolve(), prefix + path));
        if (tenant.Host is not null) request.Headers.Host = tenant.Host;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ServiceToken);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        request.Options.Set(CmsResilienceHandler.Tenant, tenant.Name);
        if (longPoll is { } wait) request.Options.Set(CmsResilienceHandler.ExtraTimeout, wait);
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new CmsApiException(response.StatusCode, tenant.Name, path, Detail(System.Text.Encoding.UTF8.GetString(answer)));
        return answer;
    }

    private static string Detail(string body)
    {
        try { return JsonNode.Parse(body) is JsonObject problem ? (string?)problem["detail"] ?? (string?)problem["title"] ?? body : body; }
        catch (JsonException) { return body.Length > 300 ? body[..300] : body; }
    }
}
