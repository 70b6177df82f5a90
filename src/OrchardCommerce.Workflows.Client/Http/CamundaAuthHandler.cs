using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Workflows.Client.Http;

/// <summary>
/// Adds the Authorization header of the configured mode to every attempt. It sits inside the retry handler, so a
/// retry after a long back-off carries a token that is still valid.
/// </summary>
internal sealed class CamundaAuthHandler(IOptions<CamundaOptions> options, OAuthTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        switch (settings.AuthMode)
        {
            case CamundaAuthMode.Bearer:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BearerToken);
                break;
            case CamundaAuthMode.Basic:
                var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
                break;
            case CamundaAuthMode.OAuth:
                return await SendWithTokenAsync(request, cancellationToken);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    // A token revoked or expired early is answered with 401: fetch a new one and try once more.
    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var token = await tokens.GetTokenAsync(ct);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Unauthorized) return response;

        response.Dispose();
        tokens.Invalidate(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));
        return await base.SendAsync(request, ct);
    }
}
