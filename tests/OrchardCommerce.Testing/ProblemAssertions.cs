using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OrchardCommerce.Testing;

/// <summary>Assertions on RFC 7807 answers, shared by every HTTP test project.</summary>
public static class ProblemAssertions
{
    /// <summary>Asserts a problem-details answer with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts a 400 validation problem whose errors name <paramref name="field"/>; returns that field's messages.</summary>
    public static async Task<string> ShouldNameFieldAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().Contain(field, problem.ToJsonString());
        return string.Join(" ", errors[field]!.AsArray().Select(m => (string?)m));
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
