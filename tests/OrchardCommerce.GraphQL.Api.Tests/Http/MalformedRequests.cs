using System.Text;
using System.Text.Json;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// Deterministic hostile requests made from real acme storefront queries (reads, cart mutations, fragments,
/// introspection, drafts): truncated, tokens deleted, duplicated or swapped, random characters and bytes, deep
/// nesting, huge lists, and bad variables. Each is a POST body or a GET URL.
/// </summary>
internal static class MalformedRequests
{
    private static readonly string[] Seeds =
    [
        "{ products(first: 5) { totalCount nodes { handle title variants { sku price(currency: \"USD\") { amount formatted } } } } }",
        "query Q($t: String!, $n: Int) { product(handle: $t) { title description } products(first: $n) { nodes { handle } } }",
        "mutation M($t: String!) { addCartLine(cartToken: $t, sku: \"ACME-TB45-GRN\", quantity: 1) { id lines { sku } } }",
        "mutation C { createCart(currency: \"USD\") { id currency } }",
        "query A { ...F } fragment F on Query { branding { siteName colors { name value } } categories { handle children { title } } }",
        "{ __schema { types { name fields { name args { name type { name } } } } } }",
        "{ homePage { ... on Page { title hero { ... on HeroSection { headline cta { url } } } } } page(path: \"\"\"/about\"\"\") { id } pageItems(status: DRAFT) { nodes { title } } }",
    ];

    public static IEnumerable<(HttpMethod Method, string Url, string? Body)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var query = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var variables = random.Next(6) switch
            {
                0 => "{\"t\": [1, {\"a\": null}], \"n\": \"many\"}",
                1 => "{\"t\": ",
                2 => "[\"not\", \"an\", \"object\"]",
                3 => "{\"n\": 1e400, \"t\": \"\\ud800\"}",
                _ => "{\"t\": \"ok\", \"n\": 2}",
            };
            // Kestrel answers 414 itself for request lines over 8 KB, so longer documents go in POST bodies.
            if (random.Next(3) == 0 && GraphQLHttpHost.GetUrl(query, variables) is { Length: < 8000 } url)
                yield return (HttpMethod.Get, url, null);
            else if (random.Next(20) == 0)
                yield return (HttpMethod.Post, "/api/graphql", RandomText(random, 200));
            else
                yield return (HttpMethod.Post, "/api/graphql", "{\"query\":" + JsonSerializer.Serialize(query) + ",\"variables\":" + variables + "}");
        }
    }

    private static string Mutate(string query, Random random)
    {
        var tokens = Tokenize(query);
        switch (random.Next(9))
        {
            case 0: return query[..random.Next(query.Length)];
            case 1: tokens.RemoveAt(random.Next(tokens.Count)); break;
            case 2: { var i = random.Next(tokens.Count); tokens.Insert(i, tokens[i]); break; }
            case 3: { int a = random.Next(tokens.Count), b = random.Next(tokens.Count); (tokens[a], tokens[b]) = (tokens[b], tokens[a]); break; }
            case 4: return query.Insert(random.Next(query.Length), RandomText(random, random.Next(1, 8)));
            case 5: { var depth = random.Next(10, 5000); return "{ category(handle: \"packs\") { " + string.Concat(Enumerable.Repeat("parent { ", depth)) + "handle" + new string('}', depth + 2); }
            case 6: { var n = random.Next(100, 12_000); return "{ product(handle: [" + string.Join(",", Enumerable.Repeat("\"x\"", n)) + "]) { title } }"; }
            case 7: return new string('[', random.Next(50, 30_000));
            default: for (var k = random.Next(1, 4); k > 0; k--) tokens.RemoveAt(random.Next(tokens.Count)); break;
        }
        return string.Join(' ', tokens);
    }

    private static List<string> Tokenize(string query)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in query)
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '$' or '"' or '.' or '@')
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0) { tokens.Add(current.ToString()); current.Clear(); }
            if (!char.IsWhiteSpace(c)) tokens.Add(c.ToString());
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)random.Next(0, 0xFFFF);
        return new string(chars);
    }
}
