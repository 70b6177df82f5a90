using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard;

// The sync daemon's host: the jobs engine (section "Jobs": SQLite file by default, PostgreSQL in production) with its
// workers and maintenance tasks. Sync handlers and workflow workers register their job types here as they arrive.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.IncludeScopes = true; });
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddJobWorkers();
builder.Services.AddJobsDashboard();
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapJobsDashboard("/jobs"); // ops token: Jobs:DashboardToken, or generated and logged at start
await app.RunAsync();
