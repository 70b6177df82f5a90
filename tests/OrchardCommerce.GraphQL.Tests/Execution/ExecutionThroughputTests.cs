using System.Diagnostics;
using Xunit.Abstractions;

namespace OrchardCommerce.GraphQL.Tests.Execution;

public sealed class ExecutionThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Execute_TwentyItemListTenThousandTimes_OneBatchEachAndWithinBudget()
    {
        const int runs = 10_000;
        var shop = new ShopSchema();
        await shop.ExecuteAsync(ShopSchema.ListQuery);
        shop.CategoryBatches.Clear();
        string? json = null;

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) json = (await shop.ExecuteAsync(ShopSchema.ListQuery)).ToJson();
        clock.Stop();

        output.WriteLine($"{runs} executions of the 20-item list query (with one data loader batch each, JSON written): {clock.ElapsedMilliseconds} ms");
        shop.CategoryBatches.Should().HaveCount(runs);
        json.Should().Contain("\"category\":{\"id\":4,\"name\":\"Category 4\"}");
        // A loose ceiling (about 40× the 1.4 s measured on a shared 2-core machine) that still catches per-field reflection or re-collection.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }
}
