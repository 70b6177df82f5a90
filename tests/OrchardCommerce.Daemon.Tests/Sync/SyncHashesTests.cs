using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Sync;

namespace OrchardCommerce.Daemon.Tests.Sync;

public sealed class SyncHashesTests
{
    [Fact]
    public void Mirror_BuiltFromProductAndReadFromContent_SameHashForSameValues()
    {
        // The mirror body is built in memory (stock a long); the content side's view is parsed JSON (numbers as text).
        var product = JsonNode.Parse("""
            {"version":2,"handle":"mug","title":"Mug","status":"active","variants":[{"sku":"MUG-1","prices":{"USD":1500},"available":0,"stockVersion":3}]}
            """)!.AsObject();
        var content = JsonNode.Parse("""{"handle":"mug","sku":"MUG-1","price":15.00,"stock":0,"availability":"out_of_stock"}""");

        SyncHashes.Mirror(ProductToContentHandler.Mirror(product)).Should().Be(SyncHashes.Mirror(content));
    }

    [Fact]
    public void Mirror_StockDiffers_HashDiffers() =>
        SyncHashes.Mirror(JsonNode.Parse("""{"handle":"mug","sku":"MUG-1","price":15,"stock":1,"availability":"in_stock"}"""))
            .Should().NotBe(SyncHashes.Mirror(JsonNode.Parse("""{"handle":"mug","sku":"MUG-1","price":15,"stock":2,"availability":"in_stock"}""")));
}
