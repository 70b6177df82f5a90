using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class SqliteEngineStorageTests() : EngineStorageTests(WorkflowStoreProvider.Sqlite);
