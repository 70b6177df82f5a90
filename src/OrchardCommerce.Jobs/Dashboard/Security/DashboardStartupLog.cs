using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Jobs.Dashboard.Security;

/// <summary>Once the server listens, logs where the dashboard answers and, when it was generated, the ops token.</summary>
internal static class DashboardStartupLog
{
    public static void Register(IServiceProvider services, string prefix)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() =>
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("OrchardCommerce.Jobs.Dashboard");
            var token = services.GetRequiredService<DashboardToken>();
            var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            var url = (Normalize(address) ?? "http://localhost") + prefix;
            // The generated token is the only way in, so it is logged; a configured one is never written to the log.
            if (token.IsGenerated)
                logger.LogWarning("Jobs dashboard: {Url}, ops token {Token} (generated at start; set Jobs:DashboardToken to choose one)", url, token.Value);
            else
                logger.LogInformation("Jobs dashboard: {Url}, ops token from Jobs:DashboardToken", url);
        });
    }

    private static string? Normalize(string? address) => address?
        .Replace("://[::]", "://localhost", StringComparison.Ordinal)
        .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
        .Replace("://+", "://localhost", StringComparison.Ordinal)
        .Replace("://*", "://localhost", StringComparison.Ordinal)
        .TrimEnd('/');
}
