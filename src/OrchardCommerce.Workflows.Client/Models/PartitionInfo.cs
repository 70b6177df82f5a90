namespace OrchardCommerce.Workflows.Client;

/// <summary>A partition on a broker: role leader|follower|inactive, health healthy|unhealthy|dead.</summary>
public sealed record PartitionInfo(int PartitionId, string Role, string Health);
