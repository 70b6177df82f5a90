using System.Text;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>One request as the test server received it, bytes and all.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers,
    string? ContentType, byte[] Body, IReadOnlyList<RecordedPart> Parts)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
