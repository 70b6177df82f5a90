namespace OrchardCommerce.Jobs;

/// <summary>A process running workers, as of its last heartbeat.</summary>
public sealed record ServerInfo(string Id, string Host, int WorkerCount, IReadOnlyList<string> Queues, DateTime StartedUtc, DateTime HeartbeatUtc);
