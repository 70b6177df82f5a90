using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.CrashWorker;

// Runs the jobs engine until stdin closes (graceful stop) or the test kills it (kill -9).
var settings = WorkerSettings.Parse(args);
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton(settings);
builder.Services.AddSingleton(NpgsqlDataSource.Create(settings.ConnectionString));
builder.Services.AddJobs(o =>
    {
        o.Provider = JobsStorageProvider.Postgres;
        o.ConnectionString = settings.ConnectionString;
        o.WorkerCount = settings.Workers;
        o.LeaseDuration = settings.Lease;
        o.HeartbeatInterval = settings.Lease / 3;
        o.PollInterval = TimeSpan.FromMilliseconds(50);
        o.MaintenanceInterval = TimeSpan.FromMilliseconds(250);
        o.ServerName = settings.Name;
    })
    .AddJobType<RecordPayload, RecordHandler>("crash.record");
builder.Services.AddJobWorkers();
using var host = builder.Build();
var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
_ = Task.Run(async () =>
{
    await Console.In.ReadToEndAsync();
    lifetime.StopApplication();
});
await host.RunAsync();
