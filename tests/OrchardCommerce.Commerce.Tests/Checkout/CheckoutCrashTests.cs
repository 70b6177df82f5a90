using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Checkout;

/// <summary>Kills Cms.Web (a separate process, SQLite) in the middle of a burst of checkouts, restarts it on the same data.</summary>
public sealed class CheckoutCrashTests : IAsyncLifetime
{
    private const int Carts = 150;
    private const long Stock = 100;
    private readonly string _root = Directory.CreateTempSubdirectory("oc-crash-").FullName;

    private string AppData => Path.Combine(_root, "App_Data");
    private string Recipes => Path.Combine(_root, "recipes");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Recipes);
        File.WriteAllText(Path.Combine(Recipes, "shop.recipe.json"), """
            { "name": "shop", "displayName": "Crash shop", "issetuprecipe": true,
              "steps": [ { "name": "feature", "enable": [ "OrchardCommerce.Commerce" ], "disable": [] } ] }
            """);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KillDuringCheckoutBurst_AfterRestart_AcknowledgedOrdersExistAndEveryOrderHasItsEvent()
    {
        var acknowledged = new List<string>();
        await using (var first = await CmsProcess.StartAsync(AppData, Recipes, "shop"))
        {
            await UsingDatabaseAsync(services => CatalogSeed.VariantAsync(services, "CRASH-1", Stock));
            using var client = first.CreateClient(Carts);
            var carts = await Task.WhenAll(Enumerable.Range(0, Carts).Select(async _ =>
            {
                var cartId = await client.CreateCartAsync();
                await client.AddLineAsync(cartId, "CRASH-1", 1);
                return cartId;
            }));
            var answered = 0;
            var burst = carts.Select(async cartId =>
            {
                try
                {
                    using var response = await client.CheckoutAsync(cartId, "key-" + cartId);
                    if (response.IsSuccessStatusCode)
                    {
                        var orderId = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!;
                        lock (acknowledged) acknowledged.Add(orderId);
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException) { }
                Interlocked.Increment(ref answered);
            }).ToList();
            while (Volatile.Read(ref answered) < 20) await Task.Delay(5);
            await first.KillAsync();
            await Task.WhenAll(burst);
        }
        acknowledged.Should().NotBeEmpty();
        acknowledged.Count.Should().BeLessThan(Carts, "the kill must land mid-burst");

        await using var second = await CmsProcess.StartAsync(AppData, Recipes, "shop");
        using var after = second.CreateClient();
        var found = await after.GetAsync("/api/store/carts/none");
        found.StatusCode.Should().Be(HttpStatusCode.NotFound);

        await UsingDatabaseAsync(async services =>
        {
            var connection = await services.GetRequiredService<DbSession>().GetConnectionAsync();
            var orders = (await connection.QueryAsync<string>("SELECT id FROM commerce_orders")).ToHashSet();
            var placed = (await connection.QueryAsync<string>("SELECT aggregate_id FROM commerce_events WHERE type = 'order.placed'")).ToList();
            orders.Should().Contain(acknowledged);
            placed.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(orders, "no order exists without its order.placed event, nor an event without its order");
            var active = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(quantity), 0) FROM commerce_reservations WHERE status = 'active'");
            (await CatalogSeed.LevelsAsync(services, "var_crash-1")).Should().Be((Stock, active));
            active.Should().Be(orders.Count);
            return 0;
        });
    }

    private async Task<T> UsingDatabaseAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var database = TenantDatabase.ForSqlite(Path.Combine(AppData, "Sites", "Default", "oc.db"));
        var services = new ServiceCollection().AddSingleton(database).AddScoped<DbSession>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
