using System.Net;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Commerce.Tests.Infrastructure;

internal static class ProblemAssertions
{
    /// <summary>Asserts a 400 validation problem whose errors name <paramref name="field"/>; returns that field's messages.</summary>
    public static async Task<string> ShouldNameFieldAsync(this HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().Contain(field, text);
        return string.Join(" ", errors[field]!.AsArray().Select(m => (string?)m));
    }
}
