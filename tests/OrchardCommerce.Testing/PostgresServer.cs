using System.Diagnostics;
using Npgsql;

namespace OrchardCommerce.Testing;

/// <summary>
/// A real PostgreSQL server for this test process: initdb into a temporary folder, started on a free loopback
/// port, stopped when the process exits. Each caller gets a fresh database on it.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);
    private static int _databases;

    private PostgresServer(string dataDirectory, int port, string binDirectory)
    {
        DataDirectory = dataDirectory;
        Port = port;
        BinDirectory = binDirectory;
    }

    public string DataDirectory { get; }
    public int Port { get; }
    public string BinDirectory { get; }

    public static Task<PostgresServer> SharedAsync() => Instance.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Maximum Pool Size=50";

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinDirectory();
        var asRoot = Environment.UserName == "root";
        await AbandonedClusters.RemoveAsync(folder =>
            RunAsync(Path.Combine(bin, "pg_ctl"), $"stop -m immediate -D {folder}/data", asRoot));
        var dataDirectory = Directory.CreateTempSubdirectory(AbandonedClusters.Prefix).FullName;
        AbandonedClusters.MarkOwned(dataDirectory);
        if (asRoot) await RunAsync("chown", $"-R postgres {dataDirectory}", asRoot: false);
        await RunAsync(Path.Combine(bin, "initdb"), $"-D {dataDirectory}/data -A trust -U postgres --no-sync -E UTF8", asRoot);
        var port = FreePorts.Next();
        // fsync off: test data need not survive a power cut, and it keeps the suite fast on small machines.
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            $"start -w -D {dataDirectory}/data -l {dataDirectory}/log " +
            $"-o \"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\"", asRoot);
        var server = new PostgresServer(dataDirectory, port, bin);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        return server;
    }

    private void Stop(bool asRoot)
    {
        try
        {
            RunAsync(Path.Combine(BinDirectory, "pg_ctl"), $"stop -m immediate -D {DataDirectory}/data", asRoot).GetAwaiter().GetResult();
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (Exception)
        {
            // Best effort at exit: a leftover folder in /tmp is harmless.
        }
    }

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
            : [];
        return candidates.OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries were not found under /usr/lib/postgresql/*/bin. Run ./test.sh, which installs Debian's postgresql.");
    }


    private static async Task RunAsync(string file, string arguments, bool asRoot)
    {
        // initdb refuses to run as root, so as root the server runs as the postgres user.
        var start = asRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }
}
