using Microsoft.AspNetCore.Http;
using OrchardCommerce.Modules;

namespace OrchardCommerce.Shells;

/// <summary>After routing: an endpoint of a feature the tenant has not enabled does not exist for that tenant.</summary>
internal sealed class ShellFeatureMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var shell = context.Features.Get<ShellContext>();
        if (endpoint is not null && shell is not null)
        {
            var feature = endpoint.Metadata.GetMetadata<FeatureMetadata>();
            var hidden = feature is not null && !shell.IsEnabled(feature.FeatureId)
                || endpoint.Metadata.GetMetadata<DefaultTenantOnlyMetadata>() is not null && !shell.Settings.IsDefault;
            if (hidden) context.SetEndpoint(null);
        }
        return next(context);
    }
}
