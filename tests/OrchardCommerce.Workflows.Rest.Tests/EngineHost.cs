using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Rest.Tests;

/// <summary>
/// Cms.Web on Kestrel with its embedded engine at /engine, reachable with a bearer token or basic credentials (both
/// random per host), and without the in-process daemon, so nothing but the test talks to the engine.
/// </summary>
public sealed class EngineHost : IAsyncLifetime
{
    public string Token { get; } = "tok_" + Guid.NewGuid().ToString("N");
    public string Username => "conformance";
    public string Password { get; } = Guid.NewGuid().ToString("N");
    public CmsTestHost Cms { get; private set; } = null!;
    public Uri EngineAddress => new(Cms.Address, "engine");

    public async Task InitializeAsync() => Cms = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Jobs:InProcess"] = "false",
        ["Workflows:Engine:Token"] = Token,
        ["Workflows:Engine:Username"] = Username,
        ["Workflows:Engine:Password"] = Password,
    });

    public async Task DisposeAsync() => await Cms.DisposeAsync();

    /// <summary>A raw client for /engine/v2/…, signed in unless told otherwise.</summary>
    public HttpClient Http(bool signedIn = true)
    {
        var client = Cms.CreateClient("127.0.0.1");
        if (signedIn) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>Our typed client, configured the way the daemon configures it.</summary>
    public ServiceProvider Client(Action<CamundaOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCamundaClient(options =>
        {
            options.RestAddress = EngineAddress.ToString();
            options.AuthMode = CamundaAuthMode.Bearer;
            options.BearerToken = Token;
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider();
    }

    public string BasicHeader => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));
}
