namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>One test server per test class; each test resets it.</summary>
public sealed class TestServerFixture : IAsyncLifetime
{
    public CamundaTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await CamundaTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
