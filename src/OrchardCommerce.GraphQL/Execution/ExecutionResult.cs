using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// The response (spec §7.1): data as an ordered map of response keys (null when a non-null root field failed) and
/// the errors in the order they arose. A request that failed before execution started has no data entry at all.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>False for request errors (unknown operation, invalid variables): the response then has no "data" entry.</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    /// <summary>Writes the response as graphql-js serializes it: "errors" (when any) before "data".</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors) ResultJsonWriter.WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultJsonWriter.WriteValue(writer, Data);
        }
        writer.WriteEndObject();
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    internal static ExecutionResult RequestErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };
}
