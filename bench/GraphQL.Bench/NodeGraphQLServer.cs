using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>
/// The graphql-js baseline: node/server.mjs (graphql-http's handler over buildClientSchema(our endpoint's introspection) and a JSON rootValue) in its
/// own process on a free port, killed on dispose. One node process, so graphql-js gets one core.
/// </summary>
internal sealed class NodeGraphQLServer : IAsyncDisposable
{
    private readonly Process _process;

    private NodeGraphQLServer(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<NodeGraphQLServer> StartAsync(string nodeDirectory, Uri ours, string rootPath)
    {
        if (!Directory.Exists(Path.Combine(nodeDirectory, "node_modules")))
            await RunToEndAsync("npm", "ci", "--prefix", nodeDirectory, "--no-audit", "--no-fund");

        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = nodeDirectory };
        foreach (var argument in new[] { Path.Combine(nodeDirectory, "server.mjs"), port.ToString(), ours.ToString(), rootPath })
            start.ArgumentList.Add(argument);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data?.StartsWith("listening", StringComparison.Ordinal) == true) listening.TrySetResult(); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.Exited += (_, _) =>
        {
            process.WaitForExit(); // drains the redirected streams, so the message below has all of stderr
            listening.TrySetException(new InvalidOperationException($"node server.mjs exited with {process.ExitCode}: {errors}"));
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NodeGraphQLServer(process, new Uri($"http://127.0.0.1:{port}/graphql"));
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    // Released before node binds it: a port taken in between makes node exit, which StartAsync reports.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunToEndAsync(string fileName, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments))
            ?? throw new InvalidOperationException($"cannot start {fileName}");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}");
    }
}
