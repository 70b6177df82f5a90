using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardCommerce.Workflows.Storage;

/// <summary>How snapshots and row data are serialized: enums by name, so reordering an enum never corrupts stored state.</summary>
internal static class WorkflowJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
