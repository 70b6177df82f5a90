namespace OrchardCommerce.Jobs.Storage;

/// <summary>A stored recurring job.</summary>
internal sealed record RecurringRow(string Id, string Type, string Cron, string TimeZone, string Queue, string PayloadJson,
    DateTime? NextRunUtc, DateTime? LastRunUtc, long? LastJobId);
