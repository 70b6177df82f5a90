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

    public static decimal? Price(ContentItem item) =>
        item.FindPart(Part)?["Price"] is JsonObject { } field && field["Value"] is JsonValue value && value.TryGetValue<decimal>(out var price) ? price : null;

    /// <summary>True when the item already shows <paramref name="mirror"/>'s values.</summary>
    public static bool Shows(ContentItem item, ProductMirror mirror) =>
        Handle(item) == mirror.Handle && Sku(item) == mirror.Sku && Price(item) == mirror.Price;

    public static void Write(ContentItem item, ProductMirror mirror)
    {
        var part = item.Part(Part);
        part["Handle"] = new JsonObject { ["Text"] = mirror.Handle };
        part["Sku"] = new JsonObject { ["Text"] = mirror.Sku };
        part["Price"] = new JsonObject { ["Value"] = mirror.Price };
    }

    private static string? Text(ContentItem item, string field) =>
        item.FindPart(Part)?[field] is JsonObject { } value ? (string?)(value["Text"] as JsonValue) : null;
}
