using System.Net;
using System.Text.Json;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Turns a non-success answer into its typed exception; non-JSON bodies still give a useful message.</summary>
internal static class ProblemReader
{
    private const int MaxDetailLength = 500;

    public static async Task<CamundaProblemException> ToExceptionAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var problem = await ReadAsync(response, ct);
        return problem.Status switch
        {
            400 => new CamundaBadRequestException(problem),
            401 or 403 => new CamundaUnauthorizedException(problem),
            404 => new CamundaNotFoundException(problem),
            409 => new CamundaConflictException(problem),
            504 => new CamundaTimeoutException(problem),
            429 => new CamundaBackPressureException(problem),
            503 or 500 when problem.IsResourceExhausted => new CamundaBackPressureException(problem),
            _ => new CamundaProblemException(problem),
        };
    }

    public static async Task<CamundaProblem> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var instance = response.RequestMessage?.RequestUri?.AbsolutePath;
        var body = await response.Content.ReadAsStringAsync(ct);
        if (TryParse(body) is { } parsed)
            return new CamundaProblem(parsed.Type ?? "about:blank", parsed.Title ?? response.ReasonPhrase, status,
                parsed.Detail, parsed.Instance ?? instance);
        // A proxy's HTML page or a plain-text answer: keep the start of it as the detail.
        var text = body.Trim();
        var detail = text.Length == 0 ? $"{response.RequestMessage?.Method} answered {(int)response.StatusCode} with an empty body"
            : text.Length > MaxDetailLength ? text[..MaxDetailLength] + "…" : text;
        return new CamundaProblem("about:blank", response.ReasonPhrase ?? ((HttpStatusCode)status).ToString(), status, detail, instance);
    }

    private static WireProblem? TryParse(string body)
    {
        if (!body.TrimStart().StartsWith('{')) return null;
        try
        {
            return JsonSerializer.Deserialize<WireProblem>(body, Json.CamundaJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The HTTP status is authoritative; the body's copy of it is ignored.
    private sealed record WireProblem(string? Type, string? Title, string? Detail, string? Instance);
}
