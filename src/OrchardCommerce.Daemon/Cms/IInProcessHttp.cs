namespace OrchardCommerce.Daemon.Cms;

/// <summary>
/// Registered by a host that runs the daemon inside itself (Cms.Web's embedded default): its handlers put a request
/// straight into the host's own pipeline (routing, tenant by Host header, authentication, the endpoint) without a
/// loopback socket and without HTTP being written and parsed on both sides.
/// </summary>
public interface IInProcessHttp
{
    HttpMessageHandler CreateHandler();
}
