using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Contents.Tests.Infrastructure;

/// <summary>The Contents module on a migrated tenant database, with the test content model loaded through the ContentDefinition step.</summary>
public abstract class ContentsTestBase() : ModuleTestBase(new Startup())
{
    protected ContentManager Content => Services.GetRequiredService<ContentManager>();
    protected ContentDefinitionStore Definitions => Services.GetRequiredService<ContentDefinitionStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RunStepAsync(TestModel.Definition());
    }
}
