using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Media.Tests.Infrastructure;

/// <summary>The Media module on a migrated tenant database, with a file limit of <see cref="MaxFileBytes"/> so the limit is cheap to test.</summary>
public abstract class MediaTestBase() : ModuleTestBase(new Startup())
{
    protected const long MaxFileBytes = 4096;

    protected MediaStore Store => Services.GetRequiredService<MediaStore>();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{MediaOptions.Section}:MaxFileBytes"] = MaxFileBytes.ToString() })
            .Build());
}
