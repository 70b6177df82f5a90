using System.Diagnostics;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Jobs.Tests.Support;

/// <summary>A CrashWorker process: stopped gracefully by closing its stdin, or killed like kill -9.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process) => _process = process;

    public static WorkerProcess Start(string connectionString, int workers, double leaseSeconds, int workDelayMs)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(RepoPaths.Root, "tests", "OrchardCommerce.Jobs.CrashWorker", "bin", configuration, "net10.0", "OrchardCommerce.Jobs.CrashWorker.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, connectionString, workers.ToString(), leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), workDelayMs.ToString() })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task StopAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
