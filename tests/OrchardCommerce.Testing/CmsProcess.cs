using System.Diagnostics;
using System.Net;

namespace OrchardCommerce.Testing;

/// <summary>
/// Cms.Web as its own OS process (the Cms.Web.dll beside the tests), on SQLite under a given App_Data, with the
/// Default tenant set up from a given recipe; killed like kill -9 or stopped at dispose. Extra settings are passed as
/// --Section:Key=value arguments.
/// </summary>
public sealed class CmsProcess : IAsyncDisposable
{
    public const string AdminPassword = "Crash-Passw0rd!";

    private readonly Process _process;

    private CmsProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<CmsProcess> StartAsync(string appData, string recipesPath, string recipe, int? port = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? FreePorts.Next()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Cms.Web.dll"), $"--urls={address}", "--environment=Production",
            $"--OrchardCommerce:AppDataPath={appData}", $"--OrchardCommerce:RecipesPath={recipesPath}",
            $"--OrchardCommerce:AutoSetup:Recipe={recipe}", $"--OrchardCommerce:AutoSetup:AdminPassword={AdminPassword}",
            "--Jobs:InProcess=false", "--Logging:LogLevel:Default=Warning",
        }.Concat((settings ?? new Dictionary<string, string>()).Select(kv => $"--{kv.Key}={kv.Value}")))
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var cms = new CmsProcess(process, address);
        await cms.WaitUntilServingAsync();
        return cms;
    }

    public HttpClient CreateClient(int connections = 100) => new(new SocketsHttpHandler { MaxConnectionsPerServer = connections })
    {
        BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Kills the process and its children at once, like kill -9: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = CreateClient();
        for (var i = 0; i < 600; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Cms.Web exited with {_process.ExitCode} before serving.");
            try
            {
                // An unknown cart answers 404 only once the Default tenant serves the store API.
                if ((await client.GetAsync("/api/store/carts/none")).StatusCode == HttpStatusCode.NotFound) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("Cms.Web did not start serving within 60 s.");
    }


    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }
}
