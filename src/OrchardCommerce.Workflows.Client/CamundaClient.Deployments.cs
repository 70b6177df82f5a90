using System.Net.Http.Headers;

namespace OrchardCommerce.Workflows.Client;

public sealed partial class CamundaClient
{
    /// <summary>GET /v2/topology: the brokers and partitions; a cheap reachability check.</summary>
    public Task<TopologyResponse> GetTopologyAsync(CancellationToken cancellationToken = default) =>
        SendAsync<TopologyResponse>(HttpMethod.Get, "topology", null, cancellationToken);

    /// <summary>
    /// POST /v2/deployments: one multipart part named "resources" per file, its file name becoming the resource
    /// name, plus the tenant. All or nothing.
    /// </summary>
    public Task<DeploymentResult> DeployAsync(IEnumerable<(string FileName, byte[] Content)> resources, string? tenantId = null,
        CancellationToken cancellationToken = default)
    {
        var files = resources.ToList();
        if (files.Count == 0) throw new ArgumentException("At least one resource is required.", nameof(resources));
        var form = new MultipartFormDataContent();
        foreach (var (fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
            {
                Name = "\"resources\"",
                FileName = $"\"{fileName.Replace("\"", "")}\"",
            };
            form.Add(part);
        }
        form.Add(new StringContent(tenantId ?? _options.TenantId), "\"tenantId\"");
        return SendAsync<DeploymentResult>(HttpMethod.Post, "deployments", form, cancellationToken);
    }
}
