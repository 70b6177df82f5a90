using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>
/// Cms.Web's base address: the configured Daemon:CmsUrl, or, when the daemon runs inside Cms.Web, the address the
/// host actually listens on (known only after it started, and a free port in tests).
/// </summary>
public sealed class CmsAddress(IOptions<DaemonOptions> options, IServiceProvider services)
{
    public Uri Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.CmsUrl)) return WithSlash(options.Value.CmsUrl);
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Daemon:CmsUrl is not set and no in-process server address is known yet.");
        // Kestrel reports wildcard bindings as given; the daemon calls the loopback interface.
        var uri = new UriBuilder(first.Replace("://+", "://localhost").Replace("://*", "://localhost")
            .Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]"));
        return WithSlash(uri.Uri.ToString());
    }

    private static Uri WithSlash(string url) => new(url.EndsWith('/') ? url : url + "/");
}
