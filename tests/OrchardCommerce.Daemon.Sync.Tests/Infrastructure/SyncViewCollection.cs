namespace OrchardCommerce.Daemon.Sync.Tests.Infrastructure;

/// <summary>One embedded default for the whole suite: the host is heavy, and the tests read process-wide counters.</summary>
[CollectionDefinition(Name)]
public sealed class SyncViewCollection : ICollectionFixture<SyncViewHost>
{
    public const string Name = "Sync view";
}
