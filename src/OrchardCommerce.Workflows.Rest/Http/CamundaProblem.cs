using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>
/// Problem details as the Camunda gateway writes them: type about:blank, the internal status name as title
/// (INVALID_ARGUMENT, NOT_FOUND, …), the HTTP status, a detail and the request path as instance.
/// </summary>
internal static class CamundaProblem
{
    public static IResult Create(HttpContext http, int status, string title, string detail) =>
        Results.Json(new Dictionary<string, object?>
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = http.Request.PathBase.Add(http.Request.Path).Value,
        }, statusCode: status, contentType: "application/problem+json");

    public static IResult InvalidArgument(HttpContext http, string detail) => Create(http, 400, "INVALID_ARGUMENT", detail);
}
