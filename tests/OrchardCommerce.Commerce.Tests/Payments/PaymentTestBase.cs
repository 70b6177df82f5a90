using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Payments;

/// <summary>Payment services over a migrated tenant database, with orders from <see cref="RecordingOrderPayments"/>.</summary>
public abstract class PaymentTestBase : CommerceTestBase
{
    protected RecordingOrderPayments Orders { get; } = new();

    // Built with the double explicitly, so the tests keep exercising payments alone once real orders are registered.
    protected PaymentService Payments => Create(Services);

    protected PaymentService Create(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<PaymentService>(services, Orders.In(services.GetRequiredService<DbSession>()));

    protected async Task<List<(string Type, string AggregateType, string AggregateId, long Version)>> EventsAsync() =>
        (await (await Services.GetRequiredService<DbSession>().GetConnectionAsync()).QueryAsync<(string, string, string, long)>(
            "SELECT type, aggregate_type, aggregate_id, aggregate_version FROM commerce_events ORDER BY sequence")).ToList();

    protected async Task<long> CountAsync(string table) =>
        await (await Services.GetRequiredService<DbSession>().GetConnectionAsync()).ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
}
