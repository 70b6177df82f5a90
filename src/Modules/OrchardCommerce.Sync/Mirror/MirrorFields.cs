using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// Where a ProductContent item keeps the commerce-owned values (the Orchard Core field shapes: TextField
/// {"Text"}, NumericField {"Value"}), and the content-owned values the daemon copies the other way.
/// </summary>
public static class MirrorFields
{
    public const string ContentType = "ProductContent";
    public const string Part = "ProductContent";

    public static string? Handle(ContentItem item) => Text(item, "Handle");

    public static string? Sku(ContentItem item) => Text(item, "Sku");

    public static decimal? Price(ContentItem item) => Number(item, "Price");

    public static long? Stock(ContentItem item) => Number(item, "Stock") is { } stock ? (long)stock : null;

    public static string? Availability(ContentItem item) => Text(item, "Availability");

    /// <summary>True when the item already shows <paramref name="mirror"/>'s values (stock only when the write carries it).</summary>
    public static bool Shows(ContentItem item, ProductMirror mirror) =>
        Handle(item) == mirror.Handle && Sku(item) == mirror.Sku && Price(item) == mirror.Price
        && (mirror.Stock is null || Stock(item) == mirror.Stock && Availability(item) == mirror.Availability);

    public static void Write(ContentItem item, ProductMirror mirror)
    {
        var part = item.Part(Part);
        part["Handle"] = new JsonObject { ["Text"] = mirror.Handle };
        part["Sku"] = new JsonObject { ["Text"] = mirror.Sku };
        part["Price"] = new JsonObject { ["Value"] = mirror.Price };
        if (mirror.Stock is null) return;
        part["Stock"] = new JsonObject { ["Value"] = mirror.Stock };
        part["Availability"] = new JsonObject { ["Text"] = mirror.Availability };
    }

    private static decimal? Number(ContentItem item, string field) =>
        item.FindPart(Part)?[field] is JsonObject { } value && value["Value"] is JsonValue number && number.TryGetValue<decimal>(out var parsed) ? parsed : null;

    private static string? Text(ContentItem item, string field) =>
        item.FindPart(Part)?[field] is JsonObject { } value ? (string?)(value["Text"] as JsonValue) : null;
}
