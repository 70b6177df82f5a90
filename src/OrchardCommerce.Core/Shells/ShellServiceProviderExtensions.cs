using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Shells;

public static class ShellServiceProviderExtensions
{
    public static AsyncServiceScope CreateAsyncScopeSafe(this IServiceProvider services) =>
        services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();

    /// <summary>The tenant this request is inside, set by the shell middleware.</summary>
    public static ShellContext GetShell(this Microsoft.AspNetCore.Http.HttpContext context) =>
        context.Features.Get<ShellContext>() ?? throw new InvalidOperationException("The request is not inside a tenant.");
}
