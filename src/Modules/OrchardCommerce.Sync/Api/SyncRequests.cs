using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Sync.Mirror;

namespace OrchardCommerce.Sync.Api;

/// <summary>Reads and checks the sync API's bodies; each problem names its field.</summary>
internal static class SyncRequests
{
    public static async Task<(ProductMirror? Mirror, IResult? Problem)> ReadMirrorAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadBodyAsync(request, cancellationToken);
        if (problem is not null) return (null, problem);
        var errors = new Dictionary<string, string[]>();
        var version = Version(body!, errors);
        var handle = Text(body!, "handle", required: true, errors);
        if (handle is not null && !CatalogRules.IsHandle(handle)) errors["handle"] = ["handle must be lower-case words joined by single hyphens."];
        var title = Text(body!, "title", required: true, errors);
        var sku = Text(body!, "sku", required: false, errors);
        decimal? price = null;
        switch (body!["price"])
        {
            case null: break;
            case JsonValue value when value.TryGetValue<decimal>(out var amount) && amount >= 0: price = amount; break;
            default: errors["price"] = ["price must be a number of at least 0 (major units) or null."]; break;
        }
        var stockVersion = Whole(body!, "stockVersion", errors) ?? 0;
        var stock = Whole(body!, "stock", errors);
        var availability = Text(body!, "availability", required: false, errors);
        if (availability is not null && !Availabilities.Contains(availability))
            errors["availability"] = [$"availability must be one of {string.Join(", ", Availabilities)}."];
        if (stock is not null != availability is not null) errors["availability"] = ["stock and availability come together, or neither."];
        return errors.Count > 0
            ? (null, Results.ValidationProblem(errors))
            : (new ProductMirror(version, handle!, title!, sku, price, stockVersion, stock, availability), null);
    }

    private static readonly string[] Availabilities = ["in_stock", "out_of_stock", "draft", "archived"];

    private static long? Whole(JsonObject body, string field, Dictionary<string, string[]> errors)
    {
        if (body[field] is null) return null;
        if (body[field] is JsonValue value && value.TryGetValue<long>(out var number) && number >= 0) return number;
        errors[field] = [$"{field} must be a whole number of at least 0, or null."];
        return null;
    }

    public static async Task<(long Version, IResult? Problem)> ReadVersionAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadBodyAsync(request, cancellationToken);
        if (problem is not null) return (0, problem);
        var errors = new Dictionary<string, string[]>();
        var version = Version(body!, errors);
        return errors.Count > 0 ? (0, Results.ValidationProblem(errors)) : (version, null);
    }

    private static long Version(JsonObject body, Dictionary<string, string[]> errors)
    {
        if (body["version"] is JsonValue value && value.TryGetValue<long>(out var version) && version >= 1) return version;
        errors["version"] = ["version must be the product's version, a whole number of at least 1."];
        return 0;
    }

    private static string? Text(JsonObject body, string field, bool required, Dictionary<string, string[]> errors)
    {
        var node = body[field];
        if (node is null && !required) return null;
        if (node is JsonValue value && value.TryGetValue<string>(out var text) && (text.Length > 0 || !required) && text.Length <= 500) return text;
        errors[field] = [required ? $"{field} must be a non-empty string of at most 500 characters." : $"{field} must be a string of at most 500 characters or null."];
        return null;
    }

    private static async Task<(JsonObject? Body, IResult? Problem)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is JsonObject body
                ? (body, null)
                : (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body must be a JSON object."] }));
        }
        catch (JsonException e)
        {
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"The body is not valid JSON: {e.Message}"] }));
        }
    }
}
