namespace OrchardCommerce.Jobs;

/// <summary>Jobs that succeeded and failed in one minute, for the dashboard's graph.</summary>
public sealed record MinuteBucket(DateTime MinuteUtc, long Succeeded, long Failed);
