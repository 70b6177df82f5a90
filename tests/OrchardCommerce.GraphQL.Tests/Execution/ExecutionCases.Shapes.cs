namespace OrchardCommerce.GraphQL.Tests.Execution;

public static partial class ExecutionCases
{
    private const string ShapeSdl = """
        type Query { a: A aNN: A! list: [A] listNN: [A!] listNNNN: [A!]! deep: [[A!]!] side: String }
        type A { x: Int xNN: Int! b: B bNN: B! bs: [B!] }
        type B { y: String yNN: String! }
        """;

    /// <summary>Nulls and errors at several depths (spec §6.4.4): how far a null travels and which errors remain.</summary>
    private static IEnumerable<ExecutionCase> NullPropagation()
    {
        var good = new { x = 1, xNN = 2, b = new { y = "y", yNN = "z" }, bNN = new { y = "y", yNN = "z" }, bs = new[] { new { y = "1", yNN = "2" } } };
        var badLeaf = new { x = "nope", xNN = (int?)null, b = new { y = "y", yNN = (string?)null }, bNN = new { y = "y", yNN = (string?)null }, bs = new[] { new { y = "1", yNN = (string?)null } } };
        var selections = new[]
        {
            "{ a { x } side }", "{ a { xNN } side }", "{ aNN { xNN } side }", "{ a { bNN { yNN } } side }", "{ aNN { bNN { yNN } } side }",
            "{ a { b { yNN } x } side }", "{ list { xNN x } side }", "{ listNN { xNN } side }", "{ listNNNN { xNN } side }",
            "{ listNNNN { bNN { yNN } } side }", "{ deep { xNN } side }", "{ a { bs { yNN } } side }", "{ aNN { x xNN b { y yNN } } side }",
            "{ first: a { x } aNN { xNN } last: a { x } side }",
        };
        var datasets = new (string Name, object Root)[]
        {
            ("good", new { a = good, aNN = good, list = new[] { good, good }, listNN = new[] { good }, listNNNN = new[] { good }, deep = new[] { new[] { good } }, side = "s" }),
            ("bad leaves", new { a = badLeaf, aNN = badLeaf, list = new object[] { good, badLeaf, badLeaf }, listNN = new object[] { good, badLeaf }, listNNNN = new[] { badLeaf, badLeaf }, deep = new object[] { new object[] { good }, new object[] { badLeaf } }, side = "s" }),
            ("null items", new { a = (object?)null, aNN = (object?)null, list = new object?[] { null, good }, listNN = new object?[] { good, null }, listNNNN = new object?[] { null }, deep = new object?[] { new object?[] { null }, null }, side = "s" }),
            ("wrong shapes", new { a = (object)"text", aNN = (object)new[] { 1 }, list = (object)good, listNN = (object)"abc", listNNNN = (object)3, deep = new object[] { good }, side = "s" }),
        };
        foreach (var (name, root) in datasets)
            foreach (var selection in selections)
                yield return new($"nulls: {name}: {selection}", ShapeSdl, Json(root), selection);
    }

    private const string SelectionSdl = """
        type Query { product: Product products: [Product] side: String }
        type Product { id: ID! name: String price: Float tags: [String] related: [Product] }
        """;

    private const string SelectionData = """
        {"side":"s","product":{"id":"p1","name":"Pen","price":1.5,"tags":["a","b"],"related":[{"id":"p2","name":"Ink","price":3}]},
         "products":[{"id":"p1","name":"Pen","price":1.5},{"id":"p2","name":"Ink","price":3,"tags":[]},{"id":"p3","name":null}]}
        """;

    /// <summary>Aliases, merging, fragments and @skip/@include (spec §6.3.2 CollectFields).</summary>
    private static IEnumerable<ExecutionCase> Selections()
    {
        (string Name, string Query, string? Variables)[] cases =
        [
            ("aliases", "{ p: product { n: name name i: id } side }", null),
            ("same field twice merged", "{ product { name } product { id name } }", null),
            ("aliased lists", "{ first: products { id } second: products { name } }", null),
            ("named fragment", "{ product { ...F } } fragment F on Product { id name }", null),
            ("fragment order", "{ product { name ...F id } } fragment F on Product { price id tags }", null),
            ("nested fragments", "{ products { ...A } } fragment A on Product { id ...B } fragment B on Product { name related { id ...C } } fragment C on Product { name price }", null),
            ("inline fragment", "{ product { ... on Product { id } ... { name } } }", null),
            ("skip literal", "{ product { id name @skip(if: true) price @skip(if: false) } }", null),
            ("include literal", "{ product { id name @include(if: false) price @include(if: true) } }", null),
            ("skip and include", "{ product { a: id @skip(if: true) @include(if: true) b: id @skip(if: false) @include(if: true) c: id @include(if: false) } }", null),
            ("skip variable true", "query Q($s: Boolean!) { product { id name @skip(if: $s) } }", "{\"s\":true}"),
            ("skip variable false", "query Q($s: Boolean!) { product { id name @skip(if: $s) } }", "{\"s\":false}"),
            ("include variable on fragment", "query Q($i: Boolean!) { product { id ...F @include(if: $i) } } fragment F on Product { name }", "{\"i\":false}"),
            ("include variable on inline", "query Q($i: Boolean!) { product { id ... @include(if: $i) { name } } }", "{\"i\":true}"),
            ("skip with default", "query Q($s: Boolean! = true) { product { id name @skip(if: $s) } }", "{}"),
            ("skip top level", "query Q($s: Boolean!) { product @skip(if: $s) { id } side }", "{\"s\":true}"),
            ("merge keeps first position", "{ product { name } side product { id } }", null),
            ("typename", "{ __typename product { __typename id } products { __typename } }", null),
            ("typename alias", "{ t: __typename product { kind: __typename } }", null),
            ("list of objects in list", "{ product { related { id related { id } } } }", null),
        ];
        foreach (var (name, query, variables) in cases)
            yield return new($"selections: {name}", SelectionSdl, SelectionData, query, variables);
    }
}
