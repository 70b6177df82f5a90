using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Tests.Conformance;

/// <summary>What a parser made of one document, in the shape the graphql-js script writes:
/// {"printed": text} or {"error": {"message", "locations": [{line, column}]}}.</summary>
public static class ParseOutcome
{
    public static JsonNode Ours(string document)
    {
        try
        {
            return new JsonObject { ["printed"] = Printer.Print(Parser.Parse(document)) };
        }
        catch (GraphQLSyntaxException e)
        {
            var locations = new JsonArray();
            foreach (var l in e.Locations) locations.Add(new JsonObject { ["line"] = l.Line, ["column"] = l.Column });
            return new JsonObject { ["error"] = new JsonObject { ["message"] = e.Message, ["locations"] = locations } };
        }
        catch (Exception e)
        {
            // Anything but a syntax error is a bug of ours; it shows up as a mismatch, not a crashed test run.
            return new JsonObject { ["crash"] = e.GetType().Name + ": " + e.Message };
        }
    }
}
