using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrchardCommerce.Workflows.Client.Json;

/// <summary>The wire's JSON conventions: camelCase names, absent rather than null optional fields.</summary>
internal static class CamundaJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
