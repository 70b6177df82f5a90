namespace OrchardCommerce.GraphQL.Tests.Execution;

public static partial class ExecutionCases
{
    public const string IntrospectionSdl = """
        "The schema of a shop."
        schema { query: Query mutation: Mutation }
        "Something with an id."
        interface Node { "The id." id: ID! }
        type Product implements Node {
          id: ID!
          "What it is called."
          name(locale: String = "en", "Long form?" long: Boolean = false): String
          old: String @deprecated(reason: "Use name.")
          older: String @deprecated
          kind: Kind
        }
        "Kinds of product."
        enum Kind { PHYSICAL "Downloads." DIGITAL LEGACY @deprecated(reason: "Gone.") }
        input Filter { kind: Kind = PHYSICAL tags: [String!] = ["a"] nested: Filter old: Int @deprecated(reason: "x") }
        input Pick @oneOf { id: ID handle: String }
        union Anything = Product
        scalar Url @specifiedBy(url: "https://example.com/url")
        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT
        type Query { products(filter: Filter, first: Int = 10): [Product!]! node(id: ID!): Node any: Anything url: Url pick(p: Pick): Product }
        type Mutation { touch(id: ID!): Product }
        """;

    /// <summary>Introspection through the executor (spec §4): small queries here, the full standard query in its own test.</summary>
    private static IEnumerable<ExecutionCase> Introspection()
    {
        string[] queries =
        [
            "{ __typename }",
            "{ __type(name: \"Product\") { name kind description fields { name isDeprecated deprecationReason args { name defaultValue type { name kind ofType { name } } } } interfaces { name } } }",
            "{ __type(name: \"Product\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }",
            "{ __type(name: \"Kind\") { enumValues { name description isDeprecated } all: enumValues(includeDeprecated: true) { name deprecationReason } } }",
            "{ __type(name: \"Filter\") { inputFields { name defaultValue type { kind name ofType { kind name ofType { name } } } } all: inputFields(includeDeprecated: true) { name } } }",
            "{ __type(name: \"Pick\") { isOneOf kind } filter: __type(name: \"Filter\") { isOneOf } }",
            "{ __type(name: \"Nope\") { name } }",
            "{ __type(name: \"Url\") { specifiedByURL kind description } }",
            "{ __type(name: \"Node\") { possibleTypes { name } kind } }",
            "{ __type(name: \"Anything\") { possibleTypes { name } fields { name } } }",
            "{ __schema { queryType { name } mutationType { name } subscriptionType { name } description } }",
            "{ __schema { directives { name isRepeatable locations args { name defaultValue } } } }",
            "{ __schema { types { name kind } } }",
            "{ __type(name: \"__Type\") { fields { name type { kind name ofType { kind name ofType { kind name } } } } } }",
            "{ __type(name: \"__Schema\") { description fields { name description } } }",
        ];
        for (var i = 0; i < queries.Length; i++)
            yield return new($"introspection: {i}", IntrospectionSdl, "{}", queries[i]);
    }
}
