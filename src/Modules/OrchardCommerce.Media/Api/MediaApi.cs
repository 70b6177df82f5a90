using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Security;

namespace OrchardCommerce.Media.Api;

/// <summary>
/// The media admin API: list, upload (multipart/form-data "file" and "path"), delete. The form is read in the
/// handler rather than bound, so no antiforgery metadata is attached: callers authenticate with bearer tokens, and
/// the sign-in cookie is SameSite=Lax, which a cross-site form post does not carry.
/// </summary>
public static class MediaApi
{
    // Room for the multipart boundaries and headers around the largest file allowed.
    private const long FormOverheadBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/media");
        api.MapGet("", ListAsync).RequireAuthorization(Permissions.EditContent);
        api.MapPost("", UploadAsync).RequireAuthorization(Permissions.EditContent);
        api.MapDelete("/{**path}", DeleteAsync).RequireAuthorization(Permissions.DeleteContent);
        return routes;
    }

    private static async Task<IResult> ListAsync(string? folder, [FromServices] MediaStore store, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Json(await store.ListAsync(folder, cancellationToken));
        }
        catch (MediaValidationException e)
        {
            return Invalid(e.Field, e.Reason);
        }
    }

    private static async Task<IResult> UploadAsync(HttpContext http, [FromServices] MediaStore store, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType) return Invalid("file", "send multipart/form-data with a \"file\" and a \"path\".");
        var tooLarge = $"a file has at most {store.MaxFileBytes} bytes.";
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = store.MaxFileBytes + FormOverheadBytes;
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Invalid("file", tooLarge);
        }
        catch (InvalidDataException e)
        {
            return Invalid("file", "the form could not be read: " + e.Message);
        }

        if (form.Files.GetFile("file") is not { } file) return Invalid("file", "\"file\" is required.");
        // Without a "path", the file keeps its own name at the root.
        var requested = form["path"].ToString() is { Length: > 0 } p ? p : file.FileName;
        if (!MediaPath.TryNormalize(requested, out var path, out var error)) return Invalid("path", error);
        if (file.Length > store.MaxFileBytes) return Invalid("file", tooLarge);

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        try
        {
            var info = await store.SaveAsync(path, buffer.ToArray(), cancellationToken: cancellationToken);
            return Results.Created($"{http.Request.PathBase}/media/{info.Path}", info);
        }
        catch (MediaValidationException e)
        {
            return Invalid(e.Field, e.Reason);
        }
    }

    private static async Task<IResult> DeleteAsync(string path, [FromServices] MediaStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(path, cancellationToken)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No media file is at '{path}'.");

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
