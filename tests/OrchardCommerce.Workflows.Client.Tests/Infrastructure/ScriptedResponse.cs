using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>What the test server answers: a status, a body, and optionally a delay before answering.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, string ContentType = "application/json", TimeSpan Delay = default)
{
    public static ScriptedResponse Json(JsonNode body, int status = 200) => new(status, body.ToJsonString());

    public static ScriptedResponse NoContent() => new(204);

    /// <summary>A problem detail shaped like the real gateway's (title = internal status name).</summary>
    public static ScriptedResponse Problem(int status, string title, string detail, string instance = "/v2/x") =>
        new(status, new JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = instance,
        }.ToJsonString(), "application/problem+json");
}
