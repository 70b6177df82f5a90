using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>Compares a request body with the JSON the wire format prescribes, key order aside.</summary>
public static class JsonAssert
{
    public static void Equal(string expected, JsonNode? actual) =>
        JsonNode.DeepEquals(JsonNode.Parse(expected), actual).Should()
            .BeTrue($"the body should be {JsonNode.Parse(expected)?.ToJsonString()} but was {actual?.ToJsonString() ?? "empty"}");
}
