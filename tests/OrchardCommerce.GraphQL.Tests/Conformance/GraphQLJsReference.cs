using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Testing;

namespace OrchardCommerce.GraphQL.Tests.Conformance;

/// <summary>Runs tests/graphql-conformance/parse-print.mjs (the real graphql-js, installed by test.sh) once over
/// a batch of documents.</summary>
public static class GraphQLJsReference
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "graphql-conformance");

    public static async Task<JsonArray> ParseAndPrintAsync(IEnumerable<string> documents)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "graphql")))
            throw new InvalidOperationException($"graphql-js is not installed in {Folder}: run test.sh (it runs npm ci there).");
        var start = new ProcessStartInfo("node", "parse-print.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(documents));
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("parse-print.mjs failed: " + await error);
        return JsonNode.Parse(await output)!.AsArray();
    }
}
