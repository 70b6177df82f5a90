using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OrchardCommerce.Workflows.Client.Http;
using OrchardCommerce.Workflows.Client.Json;
using Polly.Timeout;

namespace OrchardCommerce.Workflows.Client;

/// <summary>
/// A typed client for the Camunda 8.8 Orchestration Cluster REST API (/v2), for a real cluster or the embedded
/// engine alike. Register with <c>AddCamundaClient</c>. Failures surface as <see cref="CamundaProblemException"/>
/// subclasses; transport errors that outlast the retries as <see cref="HttpRequestException"/>.
/// </summary>
public sealed partial class CamundaClient(HttpClient http, IOptions<CamundaOptions> options)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly CamundaOptions _options = options.Value;

    /// <summary>The tenant sent where a request has an optional tenant and none was given.</summary>
    public string DefaultTenantId => _options.TenantId;

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct, TimeSpan? longPoll = null)
    {
        using var request = CreateRequest(method, path, body, longPoll);
        using var response = await SendCoreAsync(request, ct);
        return await response.Content.ReadFromJsonAsync<T>(CamundaJson.Options, ct)
            ?? throw new JsonException($"{method} {path} answered {(int)response.StatusCode} without a body.");
    }

    private async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = CreateRequest(method, path, body, longPoll: null);
        using var response = await SendCoreAsync(request, ct);
    }

    private static HttpRequestMessage CreateRequest(HttpMethod method, string path, object? body, TimeSpan? longPoll)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is HttpContent content) request.Content = content;
        else if (body is not null)
        {
            // Buffered bytes rather than JsonContent: the retry handler sends the same content again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), CamundaJson.Options));
            request.Content.Headers.ContentType = JsonType;
        }
        if (longPoll is { } held && held > TimeSpan.Zero) request.Options.Set(CamundaRequestOptions.LongPoll, held);
        return request;
    }

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (TimeoutRejectedException e)
        {
            var path = request.RequestUri?.AbsolutePath;
            var detail = $"{request.Method} {path} got no answer within the client's timeout ({e.Timeout}) after {_options.MaxAttempts} attempt(s).";
            throw new CamundaTimeoutException(new CamundaProblem("about:blank", "DEADLINE_EXCEEDED", 504, detail, path), detail, e);
        }
        if (response.IsSuccessStatusCode) return response;
        using (response) throw await ProblemReader.ToExceptionAsync(response, ct);
    }

    private static string Key(long key) => key.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
