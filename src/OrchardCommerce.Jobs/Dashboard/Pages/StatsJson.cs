using System.Text.Json;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>The counters as /api/stats serves them and as the overview embeds them for its first paint.</summary>
internal static class StatsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static object Create(JobCounters counters, DateTime nowUtc) => new
    {
        nowUtc,
        byState = Enum.GetValues<JobState>().ToDictionary(DashboardUrls.Slug, state => counters.ByState.GetValueOrDefault(state)),
        lastHour = counters.LastHour.Select(bucket => new { minuteUtc = bucket.MinuteUtc, bucket.Succeeded, bucket.Failed }),
    };

    public static string Serialize(JobCounters counters, DateTime nowUtc) => JsonSerializer.Serialize(Create(counters, nowUtc), Options);
}
