using Microsoft.Extensions.Options;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>
/// Points Camunda requests at this process's own listening address when the engine is embedded: the address is only
/// known after Kestrel binds (a free port in tests), after the Camunda client was configured.
/// </summary>
public sealed class InProcessEngineHandler(CmsAddress address, IOptions<DaemonOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (options.Value.InProcessEngine && request.RequestUri is { } uri)
            request.RequestUri = new Uri(address.Resolve(), uri.PathAndQuery.TrimStart('/'));
        return base.SendAsync(request, cancellationToken);
    }
}
