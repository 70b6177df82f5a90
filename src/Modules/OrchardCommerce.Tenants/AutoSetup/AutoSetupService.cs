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
        // One line each: console formatters in single-line mode would fold a multi-line message.
        logger.LogInformation("OrchardCommerce is set up. Tenants:");
        foreach (var tenant in new[] { result }.Concat(result.Tenants))
            logger.LogInformation("  {Tenant}: {Urls}", tenant.Tenant.Name, string.Join(" ", TenantUrls.For(tenant.Tenant, listening)));
        foreach (var failure in result.Failures) logger.LogWarning("  not set up: {Failure}", failure);
        logger.LogInformation("Sign in on any of them: POST /api/auth/token with {{\"userName\":\"{UserName}\",\"password\":\"…\"}}", result.AdminUserName);
        if (result.GeneratedPassword is { } password)
            logger.LogInformation("The password of {UserName} is {Password} (generated now and shown only this once)", result.AdminUserName, password);
        else
            logger.LogInformation("The password of {UserName} is the one in configuration ({Key})", result.AdminUserName, $"{AutoSetupOptions.Section}:AdminPassword");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
