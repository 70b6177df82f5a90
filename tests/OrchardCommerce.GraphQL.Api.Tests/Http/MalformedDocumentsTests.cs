using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>10,000 hostile requests through Kestrel: each gets a GraphQL-shaped JSON answer with 200 or 400 (405 for a mutation over GET), never a 500.</summary>
public sealed class MalformedDocumentsTests(SqliteGraphQLHttpHost fixture, ITestOutputHelper output) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Fact]
    public async Task Send_TenThousandMalformedRequests_Only200Or400WithGraphQLJsonAndServerStillAnswers()
    {
        var requests = MalformedRequests.Generate(10_000, seed: 6).ToList();
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var failures = new ConcurrentQueue<string>();
        using var client = fixture.Client();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (r, ct) =>
        {
            using var message = new HttpRequestMessage(r.Method, r.Url);
            if (r.Body is not null) message.Content = new StringContent(r.Body, Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(message, ct);
            statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!IsGraphQLAnswer(r.Method, response.StatusCode, text)) failures.Enqueue($"{(int)response.StatusCode} {r.Method} {Clip(r.Url)} {Clip(r.Body)} => {Clip(text)}");
        });
        output.WriteLine(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        var after = await fixture.Client().PostAsync("/api/graphql", GraphQLHttpHost.Body("{ branding { siteName } }"));

        failures.Should().BeEmpty();
        statuses.Keys.Should().BeSubsetOf([HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed]);
        statuses.GetValueOrDefault(HttpStatusCode.BadRequest).Should().BeGreaterThan(5000, "most mutations are not valid documents");
        (await after.Content.ReadAsStringAsync()).Should().Be("{\"data\":{\"branding\":{\"siteName\":\"Acme Outfitters\"}}}");
    }

    private static string? Clip(string? text) => text is { Length: > 200 } ? text[..200] + "…" : text;

    private static bool IsGraphQLAnswer(HttpMethod method, HttpStatusCode status, string text)
    {
        // GET answers 405 for a mutation (GraphQL over HTTP), still with a GraphQL error.
        if (status == HttpStatusCode.MethodNotAllowed && method == HttpMethod.Get) status = HttpStatusCode.BadRequest;
        if (status is not (HttpStatusCode.OK or HttpStatusCode.BadRequest)) return false;
        if (JsonNode.Parse(text) is not JsonObject json) return false;
        var errors = json["errors"] as JsonArray;
        if (status == HttpStatusCode.BadRequest) return errors is { Count: > 0 } && json["data"] is null && errors.All(e => e?["message"] is JsonValue);
        return json.ContainsKey("data") || errors is { Count: > 0 };
    }
}
