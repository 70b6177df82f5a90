using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Workflows.Client.Http;

/// <summary>
/// OAuth 2.0 client-credentials tokens (reference §3.1): fetched once, shared by every request, and fetched again
/// shortly before <c>expires_in</c> runs out or when the cluster rejects the cached one.
/// </summary>
internal sealed class OAuthTokenSource(IHttpClientFactory clients, IOptions<CamundaOptions> options, TimeProvider time)
{
    public const string HttpClientName = "Camunda.OAuth";

    // Without expires_in the token is kept until the cluster answers 401.
    private static readonly TimeSpan UnknownLifetime = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _token;

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        if (_token is { } cached && time.GetUtcNow() < cached.RefreshAt) return cached.Value;
        await _gate.WaitAsync(ct);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < fresh.RefreshAt) return fresh.Value;
            var token = await FetchAsync(ct);
            _token = token;
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops <paramref name="rejected"/> so the next request fetches a new token (another one may already have).</summary>
    public void Invalidate(string rejected)
    {
        if (_token?.Value == rejected) _token = null;
    }

    private async Task<CachedToken> FetchAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.ClientSecret!,
        };
        if (!string.IsNullOrEmpty(settings.Audience)) form["audience"] = settings.Audience;
        if (!string.IsNullOrEmpty(settings.Scope)) form["scope"] = settings.Scope;

        using var response = await clients.CreateClient(HttpClientName).PostAsync(settings.OAuthUrl, new FormUrlEncodedContent(form), ct);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await ProblemReader.ReadAsync(response, ct);
            throw new CamundaUnauthorizedException(problem with { Detail = $"The token endpoint refused the client credentials: {problem.Detail}" });
        }
        var reply = await response.Content.ReadFromJsonAsync<TokenReply>(ct);
        if (string.IsNullOrEmpty(reply?.AccessToken))
            throw new CamundaUnauthorizedException(new CamundaProblem("about:blank", "UNAUTHORIZED", (int)response.StatusCode,
                "The token endpoint's answer has no access_token", settings.OAuthUrl));
        var lifetime = reply.ExpiresIn is > 0 ? TimeSpan.FromSeconds(reply.ExpiresIn.Value) : UnknownLifetime;
        // Refresh a little early (a tenth of the lifetime, at most a minute) so a request never carries an expired token.
        var early = TimeSpan.FromTicks(Math.Min(lifetime.Ticks / 10, TimeSpan.FromMinutes(1).Ticks));
        return new CachedToken(reply.AccessToken, time.GetUtcNow() + lifetime - early);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);

    private sealed record TokenReply(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long? ExpiresIn);
}
