using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>A <see cref="CamundaClient"/> built the way a host builds it (AddCamundaClient), pointed at a test server.</summary>
public sealed class TestClient : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestClient(ServiceProvider provider) => _provider = provider;

    public CamundaClient Client => _provider.GetRequiredService<CamundaClient>();

    public IServiceProvider Services => _provider;

    /// <summary>Fast retries (1–10 ms) unless <paramref name="configure"/> says otherwise.</summary>
    public static TestClient Create(string restAddress, Action<CamundaOptions>? configure = null,
        Action<IServiceCollection>? services = null, Action<IHttpClientBuilder>? http = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        var builder = collection.AddCamundaClient(o =>
        {
            o.RestAddress = restAddress;
            o.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.MaxDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(o);
        });
        http?.Invoke(builder);
        return new TestClient(collection.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
