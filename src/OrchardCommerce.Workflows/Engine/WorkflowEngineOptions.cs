namespace OrchardCommerce.Workflows.Engine;

/// <summary>Settings of the embedded engine, with their defaults in one place.</summary>
public sealed class WorkflowEngineOptions
{
    public string ConnectionString { get; set; } = "Data Source=App_Data/workflows.db";

    public WorkflowStoreProvider Provider { get; set; } = WorkflowStoreProvider.Sqlite;

    /// <summary>PostgreSQL only: the schema holding the wf_ tables, created if missing.</summary>
    public string PostgresSchema { get; set; } = "workflows";

    /// <summary>How long job activation waits for a job when the request gives no timeout (Zeebe gateway default).</summary>
    public TimeSpan LongPollDefault { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long awaitCompletion waits when the request gives no timeout (Zeebe's gateway request timeout).</summary>
    public TimeSpan AwaitCompletionDefault { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most commands applied and committed in one transaction.</summary>
    public int MaxGroupCommit { get; set; } = 256;

    /// <summary>Commands waiting beyond this are refused with RESOURCE_EXHAUSTED (back pressure).</summary>
    public int QueueCapacity { get; set; } = 10_000;
}
