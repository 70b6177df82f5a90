namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>Innermost handler that counts the attempts that reach the network, refused connections included.</summary>
public sealed class CountingHandler : DelegatingHandler
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        return base.SendAsync(request, cancellationToken);
    }
}
