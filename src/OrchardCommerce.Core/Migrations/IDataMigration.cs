namespace OrchardCommerce.Migrations;

/// <summary>A module's schema history: numbered steps, each applied once per tenant database, in order.</summary>
public interface IDataMigration
{
    /// <summary>The module id the steps belong to; their versions count per module.</summary>
    string Module { get; }
    IReadOnlyList<MigrationStep> Steps { get; }
}

/// <summary>One schema change. Steps run in a transaction (both providers have transactional DDL).</summary>
public sealed record MigrationStep(int Version, Func<MigrationContext, Task> ApplyAsync);
