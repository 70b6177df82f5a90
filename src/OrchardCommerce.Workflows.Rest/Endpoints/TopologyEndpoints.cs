using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OrchardCommerce.Workflows.Rest.Endpoints;

/// <summary>GET /v2/topology and /v2/status: one node, one partition, always its leader — the embedded engine.</summary>
internal static class TopologyEndpoints
{
    /// <summary>The Camunda version whose REST subset this engine speaks.</summary>
    public const string CompatibleVersion = "8.8.0";

    public static void Map(RouteGroupBuilder v2)
    {
        v2.MapGet("/topology", (HttpContext http) => Results.Json(new JsonObject
        {
            ["brokers"] = new JsonArray(new JsonObject
            {
                ["nodeId"] = 0,
                ["host"] = http.Request.Host.Host,
                ["port"] = http.Request.Host.Port ?? (http.Request.IsHttps ? 443 : 80),
                ["version"] = CompatibleVersion,
                ["partitions"] = new JsonArray(new JsonObject { ["partitionId"] = 1, ["role"] = "leader", ["health"] = "healthy" }),
            }),
            ["clusterSize"] = 1,
            ["partitionsCount"] = 1,
            ["replicationFactor"] = 1,
            ["gatewayVersion"] = CompatibleVersion,
            ["lastCompletedChangeId"] = "-1",
        }));
        v2.MapGet("/status", () => Results.NoContent());
        v2.MapGet("/license", () => Results.Json(new JsonObject
        {
            ["validLicense"] = false, ["licenseType"] = "embedded",
            ["isCommercial"] = false, ["expiresAt"] = null,
        }));
    }
}
