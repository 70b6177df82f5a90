using System.Diagnostics;

namespace OrchardCommerce.Testing;

/// <summary>
/// Test processes that are killed (a timeout, kill -9, an aborted run) never reach ProcessExit, so their PostgreSQL
/// clusters keep running and their folders (gigabytes after a full run) stay in the temp folder until the disk is
/// full. Every cluster folder records the test process that owns it; a new run stops and deletes those whose owner
/// is gone.
/// </summary>
internal static class AbandonedClusters
{
    public const string Prefix = "oc-pg-";
    private const string OwnerFile = "owner.pid";
    // A folder without an owner file may be one another process is creating right now.
    private static readonly TimeSpan CreationGrace = TimeSpan.FromMinutes(10);

    public static void MarkOwned(string dataDirectory) =>
        File.WriteAllText(Path.Combine(dataDirectory, OwnerFile), Environment.ProcessId.ToString());

    public static async Task RemoveAsync(Func<string, Task> stopCluster)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            try
            {
                if (!IsAbandoned(folder)) continue;
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                    await stopCluster(folder);
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Someone else's folder, or one being removed by a parallel run: leave it.
            }
        }
    }

    private static bool IsAbandoned(string folder)
    {
        var ownerFile = Path.Combine(folder, OwnerFile);
        if (!File.Exists(ownerFile)) return Directory.GetCreationTimeUtc(folder) < DateTime.UtcNow - CreationGrace;
        return !int.TryParse(File.ReadAllText(ownerFile).Trim(), out var pid) || !IsRunning(pid);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
