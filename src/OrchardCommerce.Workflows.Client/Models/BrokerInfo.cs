namespace OrchardCommerce.Workflows.Client;

/// <summary>One broker of the topology.</summary>
public sealed record BrokerInfo(int NodeId, string Host, int Port, string Version, IReadOnlyList<PartitionInfo> Partitions);
