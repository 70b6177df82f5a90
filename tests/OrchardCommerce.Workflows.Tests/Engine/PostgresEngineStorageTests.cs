using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>The storage suite on a real PostgreSQL server started by the tests.</summary>
public sealed class PostgresEngineStorageTests() : EngineStorageTests(WorkflowStoreProvider.Postgres);
