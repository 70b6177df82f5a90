using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>graphql-js 16 as a real client (tests/graphql-conformance/http-client.mjs): our introspection over HTTP builds
/// a client schema, a query validates against it and runs through the endpoint.</summary>
public sealed class GraphQLJsClientTests(SqliteGraphQLHttpHost fixture) : IClassFixture<SqliteGraphQLHttpHost>
{
    [Fact]
    public async Task GraphQLJs_IntrospectsBuildsClientSchemaAndRunsAQuery_NoErrors()
    {
        var input = new JsonObject
        {
            ["url"] = new Uri(fixture.Host.Address, "/api/graphql").ToString(),
            ["host"] = "acme.test",
            ["query"] = "query P($n: Int) { products(first: $n) { handle title } echo(text: \"js\") }",
        };

        var output = await RunNodeAsync("http-client.mjs", input.ToJsonString());

        output["introspection"].Should().BeNull();
        output["schemaTypes"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Contain(["Product", "Query", "Mutation", "String"]);
        output["validationErrors"]!.AsArray().Should().BeEmpty();
        output["result"]!["errors"].Should().BeNull();
        output["result"]!["data"]!["echo"]!.GetValue<string>().Should().Be("js");
        output["result"]!["data"]!["products"]!.AsArray().Should().NotBeEmpty();
    }

    private static async Task<JsonNode> RunNodeAsync(string script, string input)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "graphql-conformance");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
            throw new InvalidOperationException($"graphql-js is not installed in {folder}: run test.sh (it runs npm ci there).");
        var start = new ProcessStartInfo("node", script)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} failed: " + await error);
        return JsonNode.Parse(await output)!;
    }
}
