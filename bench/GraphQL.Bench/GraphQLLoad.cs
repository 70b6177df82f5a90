using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>
/// Closed-loop GraphQL load: N workers each POSTing the same JSON request as soon as their last answer arrived, for a
/// warm-up and then a measured period; only 200 answers count. The first answer must be the expected response.
/// </summary>
internal static class GraphQLLoad
{
    public sealed record Result(long Ok, long Errors, double Seconds)
    {
        public double PerSecond => Ok / Seconds;
    }

    public static async Task<Result> RunAsync(
        Uri endpoint, string? host, byte[] requestBody, JsonNode expected, int workers, TimeSpan warmup, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseCookies = false });
        if (host is not null) client.DefaultRequestHeaders.Host = host;
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");
        await CheckFirstAnswerAsync(client, endpoint, requestBody, expected);
        await LoopAsync(client, endpoint, requestBody, workers, warmup);
        return await LoopAsync(client, endpoint, requestBody, workers, duration);
    }

    /// <summary>One request, outside any measurement: the answer body, or an exception naming the status.</summary>
    public static async Task<byte[]> PostOnceAsync(Uri endpoint, byte[] requestBody)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");
        using var request = Request(endpoint, requestBody);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{endpoint} answered {(int)response.StatusCode}: {Shorten(body)}");
        return body;
    }

    // Compared as re-serialized JSON, not bytes: servers may differ in whitespace and string escaping, but a GraphQL
    // response keeps the selection's field order (spec §7.1), so order must match, which JsonNode.DeepEquals ignores.
    private static async Task CheckFirstAnswerAsync(HttpClient client, Uri endpoint, byte[] requestBody, JsonNode expected)
    {
        using var request = Request(endpoint, requestBody);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK || JsonNode.Parse(body)?.ToJsonString() != expected.ToJsonString())
            throw new InvalidDataException($"{endpoint} answered {(int)response.StatusCode} with another body than expected: {Shorten(body)}");
    }

    private static async Task<Result> LoopAsync(HttpClient client, Uri endpoint, byte[] requestBody, int workers, TimeSpan duration)
    {
        long ok = 0, errors = 0;
        var stopwatch = Stopwatch.StartNew();
        var until = stopwatch.Elapsed + duration;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (stopwatch.Elapsed < until)
            {
                try
                {
                    using var request = Request(endpoint, requestBody);
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref ok);
                    else Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return new Result(ok, errors, stopwatch.Elapsed.TotalSeconds);
    }

    private static HttpRequestMessage Request(Uri endpoint, byte[] requestBody) => new(HttpMethod.Post, endpoint)
    {
        Content = new ByteArrayContent(requestBody) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
    };

    private static string Shorten(byte[] body) =>
        body.Length <= 300 ? Encoding.UTF8.GetString(body) : Encoding.UTF8.GetString(body, 0, 300) + "…";
}
