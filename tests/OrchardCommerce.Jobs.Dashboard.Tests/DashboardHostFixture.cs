namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>One dashboard host with workers per test class; tests tell their jobs apart by unique keys and notes.</summary>
public sealed class DashboardHostFixture : IAsyncLifetime
{
    public DashboardTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await DashboardTestHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
