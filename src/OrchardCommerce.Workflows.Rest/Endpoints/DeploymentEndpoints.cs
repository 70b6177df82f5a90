using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest.Http;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>POST /v2/deployments: multipart, one "resources" part per file (its file name is the resource name).</summary>
internal static class DeploymentEndpoints
{
    public static void Map(RouteGroupBuilder v2) => v2.MapPost("/deployments", DeployAsync).DisableAntiforgery();

    private static async Task<IResult> DeployAsync(HttpContext http, WorkflowEngine engine)
    {
        if (!http.Request.HasFormContentType)
            throw new BadRequestException("Expected a multipart/form-data request with one or more 'resources' parts.");
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        RestJson.CheckTenant(form["tenantId"].FirstOrDefault(), "Deploy Resources");
        var files = form.Files.GetFiles("resources");
        if (files.Count == 0) throw new BadRequestException("No resources provided.");
        var resources = new List<DeploymentResource>();
        foreach (var file in files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, http.RequestAborted);
            resources.Add(new DeploymentResource(string.IsNullOrEmpty(file.FileName) ? file.Name : file.FileName, content.ToArray()));
        }
        var result = await engine.DeployAsync(resources, http.RequestAborted);
        return Results.Json(new JsonObject
        {
            ["deploymentKey"] = RestJson.Key(result.DeploymentKey),
            ["tenantId"] = RestJson.DefaultTenant,
            ["deployments"] = new JsonArray([.. result.Processes.Select(p => (JsonNode)new JsonObject
            {
                ["processDefinition"] = new JsonObject
                {
                    ["processDefinitionId"] = p.BpmnProcessId,
                    ["processDefinitionVersion"] = p.Version,
                    ["resourceName"] = p.ResourceName,
                    ["tenantId"] = RestJson.DefaultTenant,
                    ["processDefinitionKey"] = RestJson.Key(p.ProcessDefinitionKey),
                },
            })]),
        });
    }
}
