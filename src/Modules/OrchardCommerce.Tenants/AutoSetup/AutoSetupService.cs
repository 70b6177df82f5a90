using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.Tenants.AutoSetup;

/// <summary>
/// Sets up the Default tenant (and the tenants its recipe declares) on first start, before the server takes
/// requests, then says once where each tenant answers and how to sign in.
/// </summary>
internal sealed class AutoSetupService(
    IServiceProvider services, ShellHost shellHost, IOptions<AutoSetupOptions> options, IHostApplicationLifetime lifetime,
    ILogger<AutoSetupService> logger) : IHostedLifecycleService
{
    // StartingAsync runs before every hosted service's StartAsync, the web server's included.
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;
        if (shellHost.Find(ShellSettings.DefaultName) is null) await shellHost.InitializeAsync(cancellationToken);
        var defaultTenant = shellHost.Find(ShellSettings.DefaultName)!;
        if (defaultTenant.State != ShellState.Uninitialized) return;
        var setup = services.GetRequiredService<TenantSetupService>();
        // An empty value (an environment variable set to "") means "not configured": generate one.
        var password = string.IsNullOrWhiteSpace(settings.AdminPassword) ? null : settings.AdminPassword;
        var result = await setup.SetupAsync(defaultTenant, settings.Recipe,
            new TenantAdmin(settings.AdminUserName, settings.AdminEmail, password), cancellationToken);
        lifetime.ApplicationStarted.Register(() => LogSignIn(result));
    }

    private void LogSignIn(TenantSetupResult result)
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var listening = TenantUrls.Listening(addresses);
        var message = new StringBuilder("OrchardCommerce is set up.");
        foreach (var tenant in new[] { result }.Concat(result.Tenants))
            message.Append($"\n  {tenant.Tenant.Name}: {string.Join(" ", TenantUrls.For(tenant.Tenant, listening))}");
        foreach (var failure in result.Failures) message.Append($"\n  not set up: {failure}");
        message.Append($"\nSign in on any of them: POST /api/auth/token with userName {result.AdminUserName} and ");
        message.Append(result.GeneratedPassword is { } password
            ? $"password {password} (generated now and shown only this once)."
            : $"the password from configuration ({AutoSetupOptions.Section}:AdminPassword).");
        logger.LogInformation("{SetupSummary}", message.ToString());
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
