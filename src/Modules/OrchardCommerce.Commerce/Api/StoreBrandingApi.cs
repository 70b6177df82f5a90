using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Store;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// The store's branding: public at GET /api/store/branding for storefronts; written by the sync (ManageCatalog) at
/// PUT /api/commerce/store/branding with the Branding item's feed version, answering {applied, branding}.
/// </summary>
public static partial class StoreBrandingApi
{
    private const int MaxText = 300;

    public static IEndpointRouteBuilder MapStoreBrandingApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/store/branding", async ([FromServices] StoreBrandingService store, CancellationToken ct) => Results.Ok(await store.GetAsync(ct)))
            .WithName("GetStoreBranding").WithTags("Store").Produces<StoreBranding>();
        routes.MapPut("/api/commerce/store/branding", ApplyAsync).RequireAuthorization(Permissions.ManageCatalog)
            .WithName("ApplyStoreBranding").WithTags("Commerce admin").ProducesValidationProblem();
        return routes;
    }

    private static async Task<IResult> ApplyAsync(HttpRequest request, [FromServices] StoreBrandingService store, CancellationToken cancellationToken)
    {
        JsonObject? body;
        try { body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject; }
        catch (JsonException) { body = null; }
        if (body is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body must be a JSON object."] });
        var errors = new Dictionary<string, string[]>();
        long version = 0;
        if (body["version"] is not JsonValue v || !v.TryGetValue(out version) || version < 1)
            errors["version"] = ["version must be the Branding item's feed version, a whole number of at least 1."];
        var branding = new StoreBranding(Text(body, "siteName", errors), Text(body, "tagline", errors), Color(body, "primaryColor", errors),
            Color(body, "secondaryColor", errors), Color(body, "accentColor", errors), Text(body, "logo", errors), version);
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        var (applied, stored) = await store.ApplyAsync(branding, cancellationToken);
        return Results.Ok(new { applied, branding = stored });
    }

    private static string? Text(JsonObject body, string field, Dictionary<string, string[]> errors)
    {
        if (body[field] is null) return null;
        if (body[field] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length <= MaxText) return text;
        errors[field] = [$"{field} must be a string of at most {MaxText} characters, or null."];
        return null;
    }

    private static string? Color(JsonObject body, string field, Dictionary<string, string[]> errors)
    {
        var color = Text(body, field, errors);
        if (color is null || ColorPattern().IsMatch(color)) return color;
        errors[field] = [$"{field} must be a colour like #1f2937."];
        return null;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
