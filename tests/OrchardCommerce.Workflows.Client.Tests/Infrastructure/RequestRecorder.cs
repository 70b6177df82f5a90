using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>Reads a request into a <see cref="RecordedRequest"/>, multipart parts included.</summary>
internal static class RequestRecorder
{
    public static async Task<RecordedRequest> RecordAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var parts = request.ContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true
            ? await ReadPartsAsync(request.ContentType, body)
            : [];
        return new RecordedRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", headers, request.ContentType,
            body, parts);
    }

    private static async Task<IReadOnlyList<RecordedPart>> ReadPartsAsync(string contentType, byte[] body)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        var parts = new List<RecordedPart>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            parts.Add(new RecordedPart(HeaderUtilities.RemoveQuotes(disposition.Name).Value!,
                disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                section.ContentType, await text.ReadToEndAsync()));
        }
        return parts;
    }
}
