using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Daemon.Cms;

/// <summary>The innermost handler of the daemon's clients to Cms.Web and to the embedded engine.</summary>
internal static class PrimaryHandler
{
    /// <param name="sameProcess">True when the client calls the host the daemon runs in (no Daemon:CmsUrl, or the embedded engine).</param>
    public static HttpMessageHandler Create(IServiceProvider services, bool sameProcess) =>
        sameProcess && services.GetService<IInProcessHttp>() is { } inProcess ? inProcess.CreateHandler() : new SocketsHttpHandler();
}
