using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OrchardCommerce.Bench;

/// <summary>The baseline: bare Kestrel answering one path with fixed bytes from memory.</summary>
internal static class RawServer
{
    public static async Task<(WebApplication App, Uri Address)> StartAsync(byte[] body, string contentType)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/raw", (HttpContext context) =>
        {
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }
}
