namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Section "Daemon:Sync": how often a failing sync job is tried before it is dead-lettered and how soon, and when each
/// tenant is reconciled.
/// </summary>
public sealed class SyncOptions
{
    public const string Section = "Daemon:Sync";

    public int MaxAttempts { get; set; } = 10;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cron (UTC) of every tenant's reconciliation; 5 fields, or Quartz's 6–7.</summary>
    public string ReconcileCron { get; set; } = "*/15 * * * *";
}
