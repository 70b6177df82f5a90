using OrchardCommerce.Daemon;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Workflows.Admin;
using OrchardCommerce.Workflows.Client.Workers;

// The sync daemon's host: the jobs engine (section "Jobs": SQLite file by default, PostgreSQL in production) with its
// workers and maintenance tasks, and the daemon's work: following every tenant's feeds on Cms.Web (Daemon:CmsUrl,
// Daemon:ServiceToken) and the order workflows' job workers against a Camunda cluster or Cms.Web's embedded engine
// (section "Camunda").
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.IncludeScopes = true; });
if (string.IsNullOrWhiteSpace(builder.Configuration["Daemon:CmsUrl"]) || string.IsNullOrWhiteSpace(builder.Configuration["Daemon:ServiceToken"]))
    throw new InvalidOperationException("Set Daemon:CmsUrl (Cms.Web's address) and Daemon:ServiceToken (the token Cms.Web is configured with).");
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddJobWorkers();
builder.Services.AddJobsDashboard();
builder.Services.AddWorkflowsDashboardSection(); // /jobs/workflows: instances and incidents of the Camunda endpoint AddDaemon configures
builder.Services.AddDaemon(builder.Configuration);
builder.Services.AddHealthChecks().AddJobWorkerHealthCheck();
var app = builder.Build();
app.MapHealthChecks("/health");
app.MapJobsDashboard("/jobs"); // ops token: Jobs:DashboardToken, or generated and logged at start
await app.RunAsync();
