namespace OrchardCommerce.Daemon.Sync;

/// <summary>Section "Daemon:Sync": how often a failing sync job is tried before it is dead-lettered, and how soon.</summary>
public sealed class SyncOptions
{
    public const string Section = "Daemon:Sync";

    public int MaxAttempts { get; set; } = 10;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
