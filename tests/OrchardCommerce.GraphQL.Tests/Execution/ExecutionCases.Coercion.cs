namespace OrchardCommerce.GraphQL.Tests.Execution;

public static partial class ExecutionCases
{
    private const string ScalarSdl = """
        enum Color { RED GREEN BLUE @deprecated(reason: "Too cold.") }
        input Point { x: Int! y: Int = 0 label: String }
        input Pick @oneOf { id: ID name: String }
        input Shape { points: [Point!] origin: Point }
        scalar Custom
        type Query {
          int(v: Int): String float(v: Float): String string(v: String): String boolean(v: Boolean): String id(v: ID): String
          color(v: Color): String point(v: Point): String pick(v: Pick): String shape(v: Shape): String custom(v: Custom): String
          ints(v: [Int]): String intsNN(v: [Int!]!): String matrix(v: [[Int]]): String intNN(v: Int!): String colors(v: [Color!]): String
          withDefault(v: Int = 7): String required(v: Int!): String
          oInt: Int oFloat: Float oString: String oBoolean: Boolean oId: ID oColor: Color oCustom: Custom
          oIntNN: Int! oInts: [Int] oIntsNN: [Int!] oMatrix: [[Int!]] side: String
        }
        """;

    private static readonly object?[] OutputValues =
        [1, -0.0, 1.5, 2147483648d, "1", "1.5", "abc", "", true, false, null, new object[] { 1, 2 }, new Dictionary<string, object>(), "RED", "BLUE", "PURPLE", 1e21, new object?[] { 1, null }];

    private static readonly string[] OutputFields = ["oInt", "oFloat", "oString", "oBoolean", "oId", "oColor", "oCustom", "oIntNN", "oInts", "oIntsNN", "oMatrix"];

    /// <summary>Every output type against the same values: serialization, its errors, and lists of one or many.</summary>
    private static IEnumerable<ExecutionCase> OutputCoercion()
    {
        foreach (var field in OutputFields)
            for (var i = 0; i < OutputValues.Length; i++)
                if (IsInteresting(field, i))
                    yield return new($"output: {field} <- {Json(OutputValues[i])}", ScalarSdl,
                        Json(new Dictionary<string, object?> { [field] = OutputValues[i], ["side"] = "side" }), $"{{ {field} side }}");
        yield return new("output: nested list items", ScalarSdl, Json(new { oMatrix = new object?[] { new object?[] { 1, 2 }, null, new object?[] { 3, null }, new object?[] { "x" } } }), "{ oMatrix }");
    }

    // The custom and list fields against every value add little once scalar behaviour is covered; keep a spread.
    private static bool IsInteresting(string field, int index) => field switch
    {
        "oCustom" => index is 0 or 6 or 10 or 11 or 12,
        "oInts" or "oIntsNN" or "oMatrix" => index is 0 or 6 or 10 or 11 or 17,
        "oIntNN" => index is 0 or 2 or 10,
        _ => true,
    };

    private static readonly (string Field, string Type)[] InputTypes =
    [
        ("int", "Int"), ("float", "Float"), ("string", "String"), ("boolean", "Boolean"), ("id", "ID"), ("color", "Color"),
        ("point", "Point"), ("pick", "Pick"), ("ints", "[Int]"), ("intsNN", "[Int!]!"), ("matrix", "[[Int]]"), ("intNN", "Int!"), ("colors", "[Color!]"), ("shape", "Shape"),
    ];

    private static readonly string[] InputValues =
    [
        "1", "1.5", "-0", "2147483648", "\"1\"", "\"abc\"", "true", "null", "[]", "[1,2]", "[1,null]", "{}", "{\"x\":1}",
        "{\"x\":1,\"y\":null,\"lable\":\"a\"}", "\"RED\"", "\"red\"", "\"BLUE\"", "{\"id\":1}", "{\"id\":1,\"name\":\"a\"}", "{\"name\":null}",
        "{\"points\":[{\"x\":1},{\"y\":2},null],\"origin\":[]}", "1e21", "[[1],2,[null,\"a\"]]",
    ];

    /// <summary>Variables of every input type against the same JSON values (spec §6.1.2, §3.10 input coercion).</summary>
    private static IEnumerable<ExecutionCase> VariableCoercion()
    {
        var root = Json(InputTypes.ToDictionary(t => t.Field, t => "ok:" + t.Field));
        foreach (var (field, type) in InputTypes)
            foreach (var value in InputValues.Where(v => Applies(type, v)))
                yield return new($"variables: {type} <- {value}", ScalarSdl, root, $"query Q($v: {type}) {{ {field}(v: $v) }}", $"{{\"v\":{value}}}");
        yield return new("variables: missing required", ScalarSdl, root, "query Q($v: Int!) { intNN(v: $v) }", "{}");
        yield return new("variables: missing nullable", ScalarSdl, root, "query Q($v: Int) { int(v: $v) }", "{}");
        yield return new("variables: default used", ScalarSdl, root, "query Q($v: Int = 3) { intNN(v: $v) }", "{}");
        yield return new("variables: explicit null against non-null argument", ScalarSdl, root, "query Q($v: Int = 3) { intNN(v: $v) }", "{\"v\":null}");
        yield return new("variables: missing variable, argument default", ScalarSdl, root, "query Q($v: Int) { withDefault(v: $v) }", "{}");
        yield return new("variables: missing variable for required argument", ScalarSdl, root, "query Q($v: Int) { ints(v: [$v]) }", "{}");
        yield return new("variables: several errors in order", ScalarSdl, root,
            "query Q($a: Int!, $b: String, $c: Point, $d: [Int!]) { a: intNN(v: $a) string(v: $b) point(v: $c) ints(v: $d) }",
            "{\"b\":1,\"c\":{\"z\":1},\"d\":[1,null,\"x\"]}");
        var many = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"$v{i}: Int!"));
        var uses = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"f{i}: intNN(v: $v{i})"));
        yield return new("variables: error limit of 50", ScalarSdl, root, $"query Q({many}) {{ {uses} }}", "{}");
        yield return new("variables: literal arguments and defaults", ScalarSdl, root,
            "{ withDefault int(v: 1) point(v: {x: 1}) pick(v: {id: \"a\"}) colors(v: [RED, GREEN]) matrix(v: [[1], [2, null]]) }");
    }

    // Object-shaped JSON only matters for input objects; leave the rest to the scalar-shaped values.
    private static bool Applies(string type, string value) =>
        !value.StartsWith('{') || type is "Point" or "Pick" or "Shape" or "Int" or "[Int]";
}
