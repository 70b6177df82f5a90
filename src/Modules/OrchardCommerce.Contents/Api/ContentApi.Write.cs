using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Api;

public static partial class ContentApi
{
    private static Task<IResult> CreateAsync(bool? publish, HttpContext http, [FromServices] ContentManager content) =>
        WithBodyAsync(http, async body =>
        {
            var item = await content.NewAsync((string?)(body["ContentType"] as JsonValue) ?? "", http.RequestAborted);
            var given = ContentItem.FromJson(body);
            if (!string.IsNullOrEmpty(given.ContentItemId)) item.ContentItemId = given.ContentItemId;
            foreach (var (key, value) in given.Content) item.Content[key] = value?.DeepClone();
            item.DisplayText = given.DisplayText;
            // Owner and author are who is calling, never what the body claims.
            item.Owner = item.Author = http.User.Identity?.Name;
            var created = await content.CreateAsync(item, publish ?? false, http.RequestAborted);
            return Results.Json(created.ToJson(), statusCode: StatusCodes.Status201Created);
        });

    private static Task<IResult> UpdateAsync(string contentItemId, HttpContext http, [FromServices] ContentManager content) =>
        WithBodyAsync(http, async body =>
        {
            var item = ContentItem.FromJson(body);
            item.ContentItemId = contentItemId;
            item.Author = http.User.Identity?.Name;
            return Results.Json((await content.UpdateDraftAsync(item, http.RequestAborted)).ToJson());
        });

    private static Task<IResult> PublishAsync(string contentItemId, HttpContext http, [FromServices] ContentManager content) =>
        WithBodyAsync(http, async _ => Results.Json((await content.PublishAsync(contentItemId, http.RequestAborted)).ToJson()), readBody: false);

    private static Task<IResult> UnpublishAsync(string contentItemId, HttpContext http, [FromServices] ContentManager content) =>
        WithBodyAsync(http, async _ => Results.Json((await content.UnpublishAsync(contentItemId, http.RequestAborted)).ToJson()), readBody: false);

    private static async Task<IResult> DeleteAsync(string contentItemId, HttpContext http, [FromServices] ContentManager content) =>
        await content.RemoveAsync(contentItemId, http.RequestAborted) ? Results.NoContent() : ContentProblems.NotFound(contentItemId);

    /// <summary>Reads the JSON body and turns the content exceptions into problem details.</summary>
    private static async Task<IResult> WithBodyAsync(HttpContext http, Func<JsonObject, Task<IResult>> action, bool readBody = true)
    {
        JsonObject body = [];
        if (readBody)
        {
            try
            {
                if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) is not JsonObject parsed)
                    return ContentProblems.Invalid("body", "The body must be a JSON object (a content item).");
                body = parsed;
            }
            catch (JsonException e)
            {
                return ContentProblems.Invalid("body", $"The body is not valid JSON: {e.Message}");
            }
        }
        try
        {
            return await action(body);
        }
        catch (ContentValidationException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value));
        }
        catch (ContentItemNotFoundException e)
        {
            return ContentProblems.NotFound(e.ContentItemId);
        }
    }
}
