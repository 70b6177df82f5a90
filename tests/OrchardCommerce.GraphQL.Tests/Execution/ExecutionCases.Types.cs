namespace OrchardCommerce.GraphQL.Tests.Execution;

public static partial class ExecutionCases
{
    private const string AbstractSdl = """
        interface Node { id: ID! }
        interface Named { name: String }
        type Product implements Node & Named { id: ID! name: String price: Float }
        type Page implements Node & Named { id: ID! name: String path: String }
        type Other { id: ID }
        union Result = Product | Page
        type Query { node: Node nodes: [Node] results: [Result] named: [Named!] result: Result! other: Other }
        """;

    /// <summary>Interfaces and unions resolved from "__typename" in the data, with type conditions on both.</summary>
    private static IEnumerable<ExecutionCase> AbstractTypes()
    {
        var product = new Dictionary<string, object?> { ["__typename"] = "Product", ["id"] = "p1", ["name"] = "Pen", ["price"] = 1.5 };
        var page = new Dictionary<string, object?> { ["__typename"] = "Page", ["id"] = "g1", ["name"] = "Home", ["path"] = "/" };
        object?[] variants =
        [
            new Dictionary<string, object?> { ["id"] = "x" },
            new Dictionary<string, object?> { ["__typename"] = "Nope", ["id"] = "x" },
            new Dictionary<string, object?> { ["__typename"] = "Node", ["id"] = "x" },
            new Dictionary<string, object?> { ["__typename"] = "Other", ["id"] = "x" },
            new Dictionary<string, object?> { ["__typename"] = 5, ["id"] = "x" },
            "text",
        ];
        var queries = new (string Name, string Query)[]
        {
            ("interface fields", "{ node { id __typename } }"),
            ("interface fragments", "{ nodes { id ... on Product { price } ... on Page { path } ...N } } fragment N on Named { name }"),
            ("union fragments", "{ results { __typename ... on Product { id price } ... on Page { id path } } }"),
            ("union through interface condition", "{ results { ... on Node { id } ... on Named { name } } }"),
            ("non-null interface items", "{ named { name ... on Page { path } } }"),
            ("non-null union", "{ result { ... on Page { path } } other { id } }"),
        };
        var good = Json(new { node = product, nodes = new object?[] { product, page, null }, results = new[] { page, product }, named = new[] { product, page }, result = page, other = new { id = "o" } });
        foreach (var (name, query) in queries)
            yield return new($"abstract: {name}", AbstractSdl, good, query);
        for (var i = 0; i < variants.Length; i++)
        {
            var bad = variants[i];
            var root = Json(new { node = bad, nodes = new[] { product, bad }, results = new[] { bad, page }, named = new[] { page, bad }, result = bad, other = new { id = "o" } });
            foreach (var (name, query) in queries)
                yield return new($"abstract: {name} with bad value {i}", AbstractSdl, root, query);
        }
    }

    private const string OperationSdl = """
        type Query { a: String b: Int }
        type Mutation { first: String second: Int! third: String }
        """;

    /// <summary>Operation selection (spec §6.1 GetOperation), mutations, and roots the schema lacks.</summary>
    private static IEnumerable<ExecutionCase> Operations()
    {
        const string data = """{"a":"A","b":2,"first":"1","second":null,"third":"3"}""";
        yield return new("operations: anonymous query", OperationSdl, data, "{ a b }");
        yield return new("operations: named query by name", OperationSdl, data, "query One { a } query Two { b }", OperationName: "Two");
        yield return new("operations: two operations without a name", OperationSdl, data, "query One { a } query Two { b }");
        yield return new("operations: unknown operation name", OperationSdl, data, "query One { a }", OperationName: "Three");
        yield return new("operations: name given for the only operation", OperationSdl, data, "query One { a }", OperationName: "One");
        yield return new("operations: mutation in order with a non-null failure", OperationSdl, data, "mutation { first second third }");
        yield return new("operations: mutation aliases", OperationSdl, data, "mutation M { x: first y: third }");
        yield return new("operations: query without a mutation type", "type Query { a: String }", data, "mutation { a }");
        yield return new("operations: subscription without a type", "type Query { a: String }", data, "subscription { a }");
        yield return new("operations: unknown field is rejected", OperationSdl, data, "{ nope }");
        yield return new("operations: variables of another operation ignored", OperationSdl, data,
            "query One($x: Boolean!) { a @include(if: $x) } query Two { b }", "{\"x\":\"not a boolean\"}", "Two");
        yield return new("operations: root value missing fields", OperationSdl, "{}", "{ a b }");
        yield return new("operations: null root value", OperationSdl, "null", "{ a b }");
    }
}
