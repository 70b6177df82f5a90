using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Shells;

public static class ShellServiceCollectionExtensions
{
    /// <summary>Makes the host's singleton <typeparamref name="T"/> resolvable inside a tenant's container.</summary>
    public static IServiceCollection AddFromHost<T>(this IServiceCollection services) where T : class =>
        services.AddSingleton(sp => sp.GetRequiredService<HostServices>().Provider.GetRequiredService<T>());
}
