using OrchardCommerce.Jobs;

namespace OrchardCommerce.Cms.Web;

/// <summary>
/// The embedded default runs the daemon's jobs engine inside Cms.Web (its SQLite file beside the tenants' under
/// App_Data). Production sets Jobs:InProcess=false and runs Sync.Daemon processes on PostgreSQL instead.
/// </summary>
internal static class EmbeddedJobs
{
    public static void AddEmbeddedJobs(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue("Jobs:InProcess", true)) return;
        var appData = builder.Configuration["OrchardCommerce:AppDataPath"] ?? "App_Data";
        builder.Services.AddJobs(options =>
        {
            options.SqlitePath = Path.Combine(appData, "jobs.db");
            builder.Configuration.GetSection(JobsOptions.SectionName).Bind(options);
        });
        builder.Services.AddJobWorkers();
    }
}
