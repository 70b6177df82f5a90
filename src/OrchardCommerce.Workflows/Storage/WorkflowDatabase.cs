using System.Data.Common;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Storage;

/// <summary>The provider-specific part of the store: opening connections and preparing the database.</summary>
internal abstract class WorkflowDatabase : IAsyncDisposable
{
    public static WorkflowDatabase Create(WorkflowEngineOptions options) => options.Provider switch
    {
        WorkflowStoreProvider.Postgres => new PostgresWorkflowDatabase(options.ConnectionString, options.PostgresSchema),
        _ => new SqliteWorkflowDatabase(options.ConnectionString),
    };

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The connection the engine's single writer commits through, one commit at a time; give it back with
    /// <see cref="ReleaseWriterAsync"/>.
    /// </summary>
    public virtual Task<DbConnection> OpenWriterAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    /// <summary>After a commit, or after it failed (<paramref name="failed"/>).</summary>
    public virtual ValueTask ReleaseWriterAsync(DbConnection connection, bool failed) => connection.DisposeAsync();

    /// <summary>Creates what must exist before the tables (a folder, a schema) and sets durable modes.</summary>
    public abstract Task PrepareAsync(CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
