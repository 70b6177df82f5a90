using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Testing;

namespace OrchardCommerce.GraphQL.Tests.Conformance;

/// <summary>Runs one of the scripts in tests/graphql-conformance (the real graphql-js, installed by test.sh) with JSON in and out.</summary>
public static class NodeScript
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "graphql-conformance");

    public static async Task<JsonNode> RunAsync(string script, string jsonInput)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "graphql")))
            throw new InvalidOperationException($"graphql-js is not installed in {Folder}: run test.sh (it runs npm ci there).");
        var start = new ProcessStartInfo("node", script)
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
        await process.StandardInput.WriteAsync(jsonInput);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} failed: " + await error);
        return JsonNode.Parse(await output)!;
    }
}
