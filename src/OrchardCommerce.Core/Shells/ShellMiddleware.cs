using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Shells;

/// <summary>
/// Puts each request inside its tenant: resolves the tenant from Host header and prefix, moves the prefix into
/// PathBase, and serves the request from a scope of the tenant's container. No tenant, no page: 404.
/// </summary>
internal sealed class ShellMiddleware(RequestDelegate next, ShellHost shellHost)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var match = shellHost.Match(context.Request.Host.Host, context.Request.Path);
        if (match is not { Shell: var settings, Prefix: var prefix } || settings.State != ShellState.Running && !settings.IsDefault)
        {
            await ShellProblems.WriteUnknownTenantAsync(context);
            return;
        }

        var shell = await shellHost.GetShellAsync(settings, context.RequestAborted);
        await using var scope = shell.Services.CreateAsyncScopeSafe();
        var hostServices = context.RequestServices;
        var (pathBase, path) = (context.Request.PathBase, context.Request.Path);
        context.Features.Set(shell);
        context.RequestServices = new ShellFallbackServiceProvider(scope.ServiceProvider, hostServices);
        if (prefix.Length > 0)
        {
            context.Request.PathBase = pathBase.Add(prefix);
            context.Request.Path = path.Value!.Length > prefix.Length ? path.Value[prefix.Length..] : "/";
        }
        try
        {
            await next(context);
        }
        finally
        {
            context.RequestServices = hostServices;
            (context.Request.PathBase, context.Request.Path) = (pathBase, path);
        }
    }
}
