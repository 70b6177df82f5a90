using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Hashes of what each side owns, computed the same way from either side's JSON, so reconciliation compares one
/// string per aggregate and direction. Numbers are normalised (45, 45.0 and 45.00 hash alike).
/// </summary>
public static class SyncHashes
{
    /// <summary>The commerce-owned values: from a mirror body, or from a content-side "latest"/"published" view.</summary>
    public static string Mirror(JsonNode? values) => values is null ? "none"
        : Hash((string?)values["handle"], (string?)values["sku"], Number(values["price"]), Number(values["stock"]), (string?)values["availability"]);

    /// <summary>The content-owned values: from a content-side view's "owned", or from the commerce product.</summary>
    public static string Owned(JsonNode? values) => values is null ? "none"
        : Hash((string?)values["description"], (string?)values["seoTitle"], (string?)values["seoDescription"],
            string.Join('\n', (values["media"] as JsonArray)?.Select(m => (string?)m) ?? []));

    // Through the JSON text: a value built from a long (not parsed) does not read as decimal.
    private static string? Number(JsonNode? node) =>
        node is JsonValue value && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.############", CultureInfo.InvariantCulture) : null;

    private static string Hash(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? "\u0000")))))[..16];
}
