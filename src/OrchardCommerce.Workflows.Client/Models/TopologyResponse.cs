namespace OrchardCommerce.Workflows.Client;

/// <summary>GET /v2/topology (reference §2.1): the brokers and their partitions.</summary>
public sealed record TopologyResponse(IReadOnlyList<BrokerInfo> Brokers, int ClusterSize, int PartitionsCount, int ReplicationFactor,
    string GatewayVersion, string? LastCompletedChangeId);
