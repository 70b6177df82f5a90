using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrchardCommerce.Workflows.Client.Http;

namespace OrchardCommerce.Workflows.Client;

/// <summary>Registers <see cref="CamundaClient"/> as a typed HttpClient with its retry and auth handlers.</summary>
public static class CamundaServiceCollectionExtensions
{
    /// <summary>Binds <see cref="CamundaOptions"/> from the "Camunda" section of <paramref name="configuration"/>.</summary>
    public static IHttpClientBuilder AddCamundaClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CamundaOptions>().Bind(configuration.GetSection(CamundaOptions.SectionName));
        return services.AddCamundaClientCore();
    }

    public static IHttpClientBuilder AddCamundaClient(this IServiceCollection services, Action<CamundaOptions> configure)
    {
        services.AddOptions<CamundaOptions>().Configure(configure);
        return services.AddCamundaClientCore();
    }

    /// <returns>The typed client's builder: add handlers innermost to the retry and auth handlers.</returns>
    private static IHttpClientBuilder AddCamundaClientCore(this IServiceCollection services)
    {
        // A second call only adds configuration: the handlers must not wrap the client twice.
        var registered = services.Any(d => d.ServiceType == typeof(OAuthTokenSource));
        services.AddOptions<CamundaOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CamundaOptions>, CamundaOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OAuthTokenSource>();
        services.TryAddTransient<CamundaResilienceHandler>();
        services.TryAddTransient<CamundaAuthHandler>();
        services.AddHttpClient(OAuthTokenSource.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        if (registered) return services.AddHttpClient<CamundaClient>();
        return services
            .AddHttpClient<CamundaClient>((provider, http) =>
            {
                http.BaseAddress = provider.GetRequiredService<IOptions<CamundaOptions>>().Value.ResolveBaseAddress();
                // The retry handler times every attempt (long polls included); HttpClient's own 100 s cap would cut those.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // First added is outermost: retries wrap the auth handler, so every attempt gets a current token.
            .AddHttpMessageHandler<CamundaResilienceHandler>()
            .AddHttpMessageHandler<CamundaAuthHandler>();
    }
}
