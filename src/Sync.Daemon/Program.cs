// The sync daemon's host. Its jobs engine, sync handlers and workflow workers arrive with their issues;
// today it starts, answers /health, and stops cleanly on SIGTERM/Ctrl+C.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();
