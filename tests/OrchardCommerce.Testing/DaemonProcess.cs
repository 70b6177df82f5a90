using System.Diagnostics;
using System.Net;

namespace OrchardCommerce.Testing;

/// <summary>
/// Sync.Daemon as production runs it: its own process, its own jobs database (a SQLite file in
/// <c>dataPath</c>), following a Cms.Web at <c>cmsUrl</c> with a service token. The test project must reference
/// Sync.Daemon so its assembly is in the output folder. <see cref="KillAsync"/> is kill -9.
/// </summary>
public sealed class DaemonProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Uri _address;

    private DaemonProcess(Process process, Uri address) => (_process, _address) = (process, address);

    public static async Task<DaemonProcess> StartAsync(string dataPath, Uri cmsUrl, string serviceToken,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        Directory.CreateDirectory(dataPath);
        var address = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        // The data folder is also the content root, so no appsettings.json of another app in the output folder applies.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataPath, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Sync.Daemon.dll"), $"--urls={address}", "--environment=Production",
            $"--Daemon:CmsUrl={cmsUrl}", $"--Daemon:ServiceToken={serviceToken}", $"--Jobs:SqlitePath={Path.Combine(dataPath, "jobs.db")}",
            $"--Jobs:DashboardToken={serviceToken}", $"--Camunda:RestAddress={new Uri(cmsUrl, "engine")}", "--Camunda:AuthMode=Bearer",
            $"--Camunda:BearerToken={serviceToken}", "--Logging:LogLevel:Default=Warning",
        }.Concat((settings ?? new Dictionary<string, string>()).Select(kv => $"--{kv.Key}={kv.Value}")))
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var daemon = new DaemonProcess(process, address);
        await daemon.WaitUntilHealthyAsync();
        return daemon;
    }

    /// <summary>Kills the process at once, like kill -9: no shutdown code runs, leased jobs stay leased.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 600; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Sync.Daemon exited with {_process.ExitCode} before serving.");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("Sync.Daemon did not start serving within 60 s.");
    }


    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }
}
