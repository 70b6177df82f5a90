using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>
/// A resolver's read through the request's readers: one command at a time (<see cref="ResolverGate"/>), and a query
/// the readers refuse (a bad filter value or cursor) as a GraphQL error naming the argument, not an internal error.
/// </summary>
internal static class StorefrontRead
{
    public static async Task<T> RunAsync<T>(ResolveContext context, Func<IServiceProvider, CancellationToken, Task<T>> read)
    {
        var services = context.Services ?? throw new InvalidOperationException("The storefront schema needs the request's services.");
        try
        {
            return await services.GetRequiredService<ResolverGate>().RunAsync(() => read(services, context.CancellationToken), context.CancellationToken);
        }
        catch (StorefrontQueryException exception)
        {
            throw StorefrontErrors.FromQuery(exception);
        }
    }
}
