using System.Net;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>Cms.Web answered with an error; carries its status and the problem detail's text.</summary>
public sealed class CmsApiException(HttpStatusCode status, string tenant, string path, string detail)
    : Exception($"{tenant}: {path} answered {(int)status}: {detail}")
{
    public HttpStatusCode Status { get; } = status;
    public string Detail { get; } = detail;
}
