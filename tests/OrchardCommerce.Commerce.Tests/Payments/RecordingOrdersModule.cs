using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Data;
using OrchardCommerce.Modules;

namespace OrchardCommerce.Commerce.Tests.Payments;

/// <summary>
/// A test-only module that puts <see cref="RecordingOrderPayments"/> (one per tenant) in the tenant container. It
/// depends on Commerce, so it registers after it and its double wins over any real orders implementation.
/// </summary>
public sealed class RecordingOrdersModule : ModuleStartup
{
    public const string FeatureId = "Tests.RecordingOrders";

    public override ModuleManifest Manifest { get; } =
        new(FeatureId, "Recording orders (test double)", "IOrderPayments kept in memory for payment tests.", ["OrchardCommerce.Commerce"]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<RecordingOrderPayments>();
        services.AddScoped<IOrderPayments>(sp => sp.GetRequiredService<RecordingOrderPayments>().In(sp.GetRequiredService<DbSession>()));
    }
}
