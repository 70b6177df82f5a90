using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.GraphQL.Execution;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>Serializes responses into one buffer (Content-Length known, one write) with the headers every answer carries.</summary>
internal static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public const string NoStore = "no-store";

    public static ArrayBufferWriter<byte> Serialize(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        result.WriteTo(writer);
        writer.Flush();
        return buffer;
    }

    public static ArrayBufferWriter<byte> SerializeError(string message, string? code) =>
        Serialize(new ExecutionResult
        {
            Errors = [new GraphQLError(message) { Extensions = code is null ? null : new Dictionary<string, object?> { ["code"] = code } }],
        });

    public static Task WriteAsync(HttpContext context, int statusCode, bool legacyJson, ReadOnlyMemory<byte> body, string cacheControl)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = legacyJson ? "application/json; charset=utf-8" : "application/graphql-response+json; charset=utf-8";
        SetCommonHeaders(response, cacheControl);
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }

    public static void SetCommonHeaders(HttpResponse response, string cacheControl)
    {
        var headers = response.Headers;
        headers.CacheControl = cacheControl;
        // The body differs by Accept (media type) and by who asks (drafts), so shared caches must key on them.
        headers.Vary = "Accept, Authorization, Cookie";
        headers.XContentTypeOptions = "nosniff";
    }
}
