using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>/v2/messages (publish: buffered; correlate: now or 404) and /v2/element-instances/{key}/variables.</summary>
internal static class MessageEndpoints
{
    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapPost("/messages/publication", async (HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var name = body.RequiredString("name");
            var correlationKey = body.String("correlationKey") ?? "";
            var ttl = body.Long("timeToLive") ?? 0;
            body.Require(ttl >= 0, $"The value for timeToLive is '{ttl}' but must be 0 or greater.");
            var messageId = body.String("messageId");
            var variables = body.Object("variables");
            RestJson.CheckTenant(body.String("tenantId"), "Publish Message");
            body.ThrowIfInvalid();
            var published = await engine.PublishMessageAsync(new PublishMessageRequest
            {
                Name = name, CorrelationKey = correlationKey, TimeToLive = TimeSpan.FromMilliseconds(ttl), MessageId = messageId,
                Variables = variables,
            }, http.RequestAborted);
            return Results.Json(new JsonObject { ["messageKey"] = RestJson.Key(published.MessageKey), ["tenantId"] = RestJson.DefaultTenant });
        });
        v2.MapPost("/messages/correlation", async (HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var name = body.RequiredString("name");
            var correlationKey = body.String("correlationKey") ?? "";
            var variables = body.Object("variables");
            RestJson.CheckTenant(body.String("tenantId"), "Correlate Message");
            body.ThrowIfInvalid();
            var correlated = await engine.CorrelateMessageAsync(name, correlationKey, variables, http.RequestAborted);
            return Results.Json(new JsonObject
            {
                ["messageKey"] = RestJson.Key(correlated.MessageKey), ["tenantId"] = RestJson.DefaultTenant,
                ["processInstanceKey"] = RestJson.Key(correlated.ProcessInstanceKey),
            });
        });
        v2.MapPut("/element-instances/{key}/variables", async (string key, HttpContext http, WorkflowEngine engine) =>
        {
            var body = await RestBody.ReadAsync(http.Request, http.RequestAborted);
            var variables = body.Object("variables");
            body.Require(variables is not null, "No variables provided.");
            var local = body.Bool("local") ?? false;
            body.ThrowIfInvalid();
            await engine.SetVariablesAsync(PathKey.Parse(key, "elementInstanceKey"), variables!, local, http.RequestAborted);
            return Results.NoContent();
        });
    }
}
