# Generates documents.json (the differential corpus) next to this file: python3 generate.py
import json
docs = []
def add(name, src): docs.append({"name": name, "source": src})

KITCHEN_QUERY = r'''query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
  whoever123is: node(id: [123, 456]) {
    id ,
    ... on User @onInlineFragment {
      field2 {
        id ,
        alias: field1(first:10, after:$foo,) @include(if: $foo) {
          id,
          ...frag @onFragmentSpread
        }
      }
    }
    ... @skip(unless: $foo) {
      id
    }
    ... {
      id
    }
  }
}

mutation likeStory @onMutation {
  like(story: 123) @onField {
    story {
      id @onField
    }
  }
}

subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
  storyLikeSubscribe(input: $input) {
    story {
      likers {
        count
      }
      likeSentence {
        text
      }
    }
  }
}

fragment frag on Friend @onFragmentDefinition {
  foo(size: $size, bar: $b, obj: {key: "value", block: """
      block string uses \"""
  """})
}

{
  unnamed(truthy: true, falsy: false, nullish: null),
  query
}

query { __typename }
'''
KITCHEN_SDL = r'''"""This is a description
of the schema as a whole."""
schema {
  query: QueryType
  mutation: MutationType
}

"""
This is a description
of the `Foo` type.
"""
type Foo implements Bar & Baz & Two {
  "Description of the `one` field."
  one: Type
  """
  This is a description of the `two` field.
  """
  two(
    """
    This is a description of the `argument` argument.
    """
    argument: InputType!
  ): Type
  """This is a description of the `three` field."""
  three(argument: InputType, other: String): Int
  four(argument: String = "string"): String
  five(argument: [String] = ["string", "string"]): String
  six(argument: InputType = {key: "value"}): Type
  seven(argument: Int = null): Type
}

type AnnotatedObject @onObject(arg: "value") {
  annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
}

type UndefinedType

extend type Foo {
  seven(argument: [String]): Type
}

extend type Foo @onType

interface Bar {
  one: Type
  four(argument: String = "string"): String
}

interface AnnotatedInterface @onInterface {
  annotatedField(arg: Type @onArgumentDefinition): Type @onField
}

interface UndefinedInterface

extend interface Bar implements Two {
  two(argument: InputType!): Type
}

extend interface Bar @onInterface

interface Baz implements Bar & Two {
  one: Type
  two(argument: InputType!): Type
  four(argument: String = "string"): String
}

union Feed =
  | Story
  | Article
  | Advert

union AnnotatedUnion @onUnion = A | B

union AnnotatedUnionTwo @onUnion = | A | B

union UndefinedUnion

extend union Feed = Photo | Video

extend union Feed @onUnion

scalar CustomScalar

scalar AnnotatedScalar @onScalar

extend scalar CustomScalar @onScalar

enum Site {
  """
  This is a description of the `DESKTOP` value
  """
  DESKTOP

  """This is a description of the `MOBILE` value"""
  MOBILE

  "This is a description of the `WEB` value"
  WEB
}

enum AnnotatedEnum @onEnum {
  ANNOTATED_VALUE @onEnumValue
  OTHER_VALUE
}

enum UndefinedEnum

extend enum Site {
  VR
}

extend enum Site @onEnum

input InputType {
  key: String!
  answer: Int = 42
}

input AnnotatedInput @onInputObject {
  annotatedField: Type @onInputFieldDefinition
}

input UndefinedInput

extend input InputType {
  other: Float = 1.23e4 @onInputFieldDefinition
}

extend input InputType @onInputObject

"""
This is a description of the `@skip` directive
"""
directive @skip(
  """This is a description of the `if` argument"""
  if: Boolean! @onArgumentDefinition
) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @include(if: Boolean!)
  on FIELD
   | FRAGMENT_SPREAD
   | INLINE_FRAGMENT

directive @include2(if: Boolean!) on
  | FIELD
  | FRAGMENT_SPREAD
  | INLINE_FRAGMENT

directive @myRepeatableDir(name: String!) repeatable on
  | OBJECT
  | INTERFACE

extend schema @onSchema

extend schema @onSchema {
  subscription: SubscriptionType
}
'''
add("kitchen-sink query", KITCHEN_QUERY)
add("kitchen-sink sdl", KITCHEN_SDL)

# Spec examples (GraphQL spec, October 2021, sections 2 and 3).
spec = [
 "{\n  user(id: 4) {\n    name\n  }\n}",
 "mutation {\n  likeStory(storyID: 12345) {\n    story {\n      likeCount\n    }\n  }\n}",
 "{\n  field\n}",
 "{\n  id\n  firstName\n  lastName\n}",
 "{\n  me {\n    id\n    firstName\n    lastName\n    birthday {\n      month\n      day\n    }\n    friends {\n      name\n    }\n  }\n}",
 "# `me` could represent the currently logged in viewer.\n{\n  me {\n    name\n  }\n}\n\n# `user` represents one of many users in a graph of data, referred to by a\n# unique identifier.\n{\n  user(id: 4) {\n    name\n  }\n}",
 "{\n  user(id: 4) {\n    id\n    name\n    profilePic(size: 100)\n  }\n}",
 "{\n  user(id: 4) {\n    id\n    name\n    profilePic(width: 100, height: 50)\n  }\n}",
 "{\n  picture(width: 200, height: 100)\n}\n{\n  picture(height: 100, width: 200)\n}",
 "{\n  user(id: 4) {\n    id\n    name\n    smallPic: profilePic(size: 64)\n    bigPic: profilePic(size: 1024)\n  }\n}",
 "{\n  zuck: user(id: 4) {\n    id\n    name\n  }\n}",
 "query noFragments {\n  user(id: 4) {\n    friends(first: 10) {\n      id\n      name\n      profilePic(size: 50)\n    }\n    mutualFriends(first: 10) {\n      id\n      name\n      profilePic(size: 50)\n    }\n  }\n}",
 "query withFragments {\n  user(id: 4) {\n    friends(first: 10) {\n      ...friendFields\n    }\n    mutualFriends(first: 10) {\n      ...friendFields\n    }\n  }\n}\n\nfragment friendFields on User {\n  id\n  name\n  profilePic(size: 50)\n}",
 "query withNestedFragments {\n  user(id: 4) {\n    friends(first: 10) {\n      ...friendFields\n    }\n  }\n}\n\nfragment friendFields on User {\n  id\n  name\n  ...standardProfilePic\n}\n\nfragment standardProfilePic on User {\n  profilePic(size: 50)\n}",
 "query FragmentTyping {\n  profiles(handles: [\"zuck\", \"coca-cola\"]) {\n    handle\n    ...userFragment\n    ...pageFragment\n  }\n}\n\nfragment userFragment on User {\n  friends {\n    count\n  }\n}\n\nfragment pageFragment on Page {\n  likers {\n    count\n  }\n}",
 "query inlineFragmentTyping {\n  profiles(handles: [\"zuck\", \"coca-cola\"]) {\n    handle\n    ... on User {\n      friends {\n        count\n      }\n    }\n    ... on Page {\n      likers {\n        count\n      }\n    }\n  }\n}",
 "query inlineFragmentNoType($expandedInfo: Boolean) {\n  user(handle: \"zuck\") {\n    id\n    name\n    ... @include(if: $expandedInfo) {\n      firstName\n      lastName\n      birthday\n    }\n  }\n}",
 "mutation {\n  sendEmail(message: \"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\")\n}",
 "{\n  nearestThing(location: { lon: 12.43, lat: -53.211 })\n}\n{\n  nearestThing(location: { lat: -53.211, lon: 12.43 })\n}",
 "query getZuckProfile($devicePicSize: Int) {\n  user(id: 4) {\n    id\n    name\n    profilePic(size: $devicePicSize)\n  }\n}",
 "query myQuery($someTest: Boolean! = false) {\n  experimentalField @skip(if: $someTest)\n}",
 "query ($foo: Int) { a(b: $foo) }",
 "type Person @addExternalFields(source: \"profiles\") @excludeField(name: \"photo\") {\n  name: String\n}",
 "directive @example on FIELD\n\nfragment SomeFragment on SomeType {\n  field @example\n}",
 "directive @example on\n  | FIELD\n  | FRAGMENT_SPREAD\n  | INLINE_FRAGMENT",
 "directive @delegateField(name: String!) repeatable on OBJECT | INTERFACE\n\ntype Book @delegateField(name: \"pageCount\") @delegateField(name: \"author\") {\n  id: ID!\n}\n\nextend type Book @delegateField(name: \"index\")",
 "schema {\n  query: MyQueryRootType\n  mutation: MyMutationRootType\n}\n\ntype MyQueryRootType {\n  someField: String\n}\n\ntype MyMutationRootType {\n  setSomeField(to: String): String\n}",
 "interface NamedEntity {\n  name: String\n}\n\ninterface ValuedEntity {\n  value: Int\n}\n\ntype Person implements NamedEntity {\n  name: String\n  age: Int\n}\n\ntype Business implements NamedEntity & ValuedEntity {\n  name: String\n  value: Int\n  employeeCount: Int\n}",
 "interface Node {\n  id: ID!\n}\n\ninterface Resource implements Node {\n  id: ID!\n  url: String\n}\n\ninterface Image implements Resource & Node {\n  id: ID!\n  url: String\n  thumbnail: String\n}",
 "union SearchResult = Photo | Person\n\ntype Person {\n  name: String\n  age: Int\n}\n\ntype Photo {\n  height: Int\n  width: Int\n}\n\ntype SearchQuery {\n  firstSearchResult: SearchResult\n}",
 "{\n  firstSearchResult {\n    ... on Person {\n      name\n    }\n    ... on Photo {\n      height\n    }\n  }\n}",
 "enum Direction {\n  NORTH\n  EAST\n  SOUTH\n  WEST\n}",
 "input Point2D {\n  x: Float\n  y: Float\n}",
 "input ExampleInputObject {\n  a: String\n  b: Int!\n}",
 "scalar UUID @specifiedBy(url: \"https://tools.ietf.org/html/rfc4122\")\nscalar URL @specifiedBy(url: \"https://tools.ietf.org/html/rfc3986\")",
 "\"\"\"\nA simple GraphQL schema which is well described.\n\"\"\"\nschema {\n  query: Query\n}\n\n\"\"\"\nRoot type for all your query operations\n\"\"\"\ntype Query {\n  \"\"\"\n  Translates a string from a given language into a different language.\n  \"\"\"\n  translate(\n    \"The original language that `text` is provided in.\"\n    fromLanguage: Language\n\n    \"The translated language to be returned.\"\n    toLanguage: Language\n\n    \"The text to be translated.\"\n    text: String\n  ): String\n}\n\n\"\"\"\nThe set of languages supported by `translate`.\n\"\"\"\nenum Language {\n  \"English\"\n  EN\n\n  \"French\"\n  FR\n\n  \"Chinese\"\n  CH\n}",
 "extend type Story {\n  isHiddenLocally: Boolean\n}",
 "extend schema @onSchema",
 "extend union SearchResult = Video",
 "extend enum Direction {\n  UP\n  DOWN\n}",
 "extend input Point2D {\n  z: Float\n}",
 "extend scalar UUID @deprecated",
 "extend interface NamedEntity {\n  nickname: String\n}",
 "extend type Query {\n  hero(episode: Episode = JEDI): Character\n}",
 "subscription NewMessages {\n  newMessage(roomId: 123) {\n    sender\n    text\n  }\n}",
 "query getName {\n  dog {\n    name\n  }\n}\n\nquery getOwnerName {\n  dog {\n    owner {\n      name\n    }\n  }\n}",
 "query houseTrainedQuery($atOtherHomes: Boolean = true) {\n  dog {\n    isHouseTrained(atOtherHomes: $atOtherHomes)\n  }\n}",
 "query takesComplexInput($complexInput: ComplexInput) {\n  findDog(complex: $complexInput) {\n    name\n  }\n}",
 "query TakesListOfBooleanBang($booleans: [Boolean!]) {\n  booleanList(booleanListArg: $booleans)\n}",
 "query ($a: [[Int!]!]! = [[1]]) { f(a: $a) }",
 "{\n  dog {\n    ...fragmentOne\n    ...fragmentTwo\n  }\n}",
 "fragment inlineFragOnScalar on Dog {\n  ... on Boolean {\n    somethingElse\n  }\n}",
]
for i, s in enumerate(spec): add(f"spec example {i+1}", s)

# Values of every kind, as arguments.
values = ["0", "-0", "123", "-123", "1.5", "-1.5", "1e10", "1E10", "1e+10", "1e-10", "1.5e3", "0.0", "-0.0e-0",
  "9007199254740993", "123456789012345678901234567890", "\"\"", "\"hello\"", "\"with \\\"quotes\\\"\"", "\"\\\\ \\/ \\b \\f \\n \\r \\t\"",
  "\"\\u0041\\u00e9\\u4e2D\"", "\"\\u{1F600}\"", "\"\\u{41}\"", "\"\\u{0000000041}\"", "\"\\uD83D\\uDE00\"", "\"😀 unicode é\"",
  "\"\\u0000 \\u001f \\u007F \\u0080 \\u009f \\u00a0\"", "\"\\u000B\"", "true", "false", "null", "ENUM_VALUE", "on", "[]", "[1, 2, 3]",
  "[[1], [2, [3]]]", "{}", "{a: 1, b: \"x\", c: [true], d: {e: null}}", "$var", "[$a, {b: $c}]", "\"\"\"\"\"\"", "\"\"\"simple\"\"\"",
  "\"\"\"  leading space\"\"\"", "\"\"\"\n  indented\n    more\n  back\n\"\"\"", "\"\"\"ends with quote\" \"\"\"", "\"\"\"ends with quote\"\"\"\"",
  "\"\"\"contains \\\"\"\" triple\"\"\"", "\"\"\"trailing slash \\\\\"\"\"", "\"\"\"\\n not an escape\"\"\"", "\"\"\"line1\r\nline2\rline3\"\"\"",
  "\"\"\"\n\n  blank lines around\n\n\"\"\"", "\"\"\"\tTab\n\tindented\"\"\"", "\"\"\"" + "x" * 75 + "\"\"\"", "\"" + "y" * 80 + "\"",
  "\"\"\"first\n second\n  third\"\"\"", "\"\"\"   \n   \"\"\"", "\"\"\"\\\"\"\"\"\"\"", "\"\"\"a\"\"\"\"\"\"\"\"\"",
]
for i, v in enumerate(values): add(f"value {i+1}: {v[:30]}", "{ f(arg: " + v + ") }")
add("default values of every kind", "query Q($a: Int = 1, $b: Float = 2.5, $c: String = \"s\", $d: Boolean = false, $e: E = RED, $f: [Int] = [1, 2], $g: In = {x: 1}, $h: In = null, $i: String = \"\"\"block\"\"\") { f }")
add("variable directives", "query Q($a: Int = 1 @dir(x: 1) @other) { f }")
add("long arguments wrap", "{ someVeryLongFieldName(firstArgument: \"aaaaaaaaaaaaaaaa\", secondArgument: \"bbbbbbbbbbbbbbbbb\", third: 3) { id } }")
add("arguments exactly at 80", "{ f(a: \"" + "x" * 71 + "\") }")
add("arguments at 81", "{ f(a: \"" + "x" * 72 + "\") }")
add("aliased long arguments", "{ alias: someField(argumentNumberOne: 1111111111, argumentNumberTwo: 2222222222, three: 3) @dir }")
add("nested long arguments", "{ a { b { c(argumentNumberOne: 1111111111, argumentNumberTwo: 2222222222, three: 3, f: 4) } } }")
add("block string argument multi-line", "{ f(a: \"\"\"\n  multi\n  line\n\"\"\", b: 1) }")
add("directives everywhere", "query Q @a @b(x: 1) { f @c ...F @d ... on T @e { g } ... @f { h } }\nfragment F on T @g { i }")
add("anonymous query with directive", "query @dir { a }")
add("anonymous query with variables", "query ($a: Int) { a }")
add("named query short", "query Q { a }")
add("query keyword only", "query { a }")
add("commas everywhere", ",,{,,a,,b,,(,,x,,:,,1,,),,},,")
add("comments everywhere", "# head\n{ # after brace\n  a # after field\n  # own line\n  b(x: # inside args\n 1)\n} # tail")
add("bom", "\ufeff{ a }")
add("bom in middle", "{ \ufeffa }")
add("crlf", "{\r\n  a\r\n  b\r\n}")
add("cr only", "{\r  a\r  b\r}")
add("tabs", "{\n\ta\n\tb\n}")
add("spread without space", "{...F ...on T{a}}")
add("field named on", "{ on }")
add("fragment spread named on-like", "{ ...onion }")
add("keywords as names", "{ query mutation subscription fragment type schema true false null }")
add("fragment with keyword name", "fragment query on T { a }")
add("type names that are keywords", "type type { type: type }")
add("enum value definitions", "enum E { A B @deprecated C }")
add("input default object", "input I { a: [I!]! = [{a: []}] }")
add("directive multi-line args", "directive @d(\"described\" a: Int, b: Int) on FIELD")
add("directive block described args", "directive @d(\n\"\"\"\ndescribed\n\"\"\"\na: Int) on FIELD")
add("field args multi-line description", "type T { f(\"\"\"\nmulti\nline\n\"\"\" a: Int, b: Int): Int }")
add("field args single-line description", "type T { f(\"one\" a: Int, \"two\" b: Int): Int }")
add("description with quotes", "\"\"\"Desc with \"quote\" and \\\"\"\"\"\"\" \ntype T { a: Int }")
add("description string escapes", "\"desc\\nwith newline\" type T { a: Int }")
add("schema with description", "\"schema\" schema { query: Q }")
add("empty type with directives", "type T @a @b")
add("implements leading amp", "type T implements & A & B { a: Int }")
add("union leading pipe", "union U = | A | B")
add("union empty", "union U @d")
add("interface implements", "interface I implements J & K @d { a: Int }")
add("extend type implements only", "extend type T implements I")
add("repeatable directive", "directive @r repeatable on FIELD | OBJECT")
add("directive on every location", "directive @all on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION")
add("mixed executable and sdl", "type Q { a: Int }\n{ a }\nfragment F on Q { a }")
add("unicode in comment", "# 😀 é 中\n{ a }")
add("unicode in block string", "{ f(a: \"\"\"😀 é 中\"\"\") }")
add("deep nesting ok", "{ a " + "{ a " * 30 + "}" * 30 + " }")
add("deep list value ok", "{ f(a: " + "[" * 40 + "1" + "]" * 40 + ") }")
add("deep list type ok", "query ($a: " + "[" * 20 + "Int!" + "]!" * 20 + ") { a }")


add("operation description", "\"Fetches a user\"\nquery Q { a }")
add("operation block description", "\"\"\"\nFetches\n  a user\n\"\"\"\nmutation M($a: Int) @d { a }")
add("fragment description", "\"frag\" fragment F on T { a }")
add("variable descriptions", "query Q(\"first\" $a: Int, \"second\" $b: Int = 2) { a }")
add("variable block description", "query Q(\"\"\"\nmulti\nline\n\"\"\" $a: Int, $b: Int) { a }")
add("anonymous query with description", "\"d\" query { a }")
add("description before extend", "\"d\" extend schema @a")
add("description before shorthand", "\"\"\"d\"\"\" { a }")
add("description on selection", "{ \"d\" a }")
add("description on argument", "{ a(\"d\" b: 1) }")
add("two descriptions", "\"a\" \"b\" type T")

add("nested block string argument", "{ a { b(c: \"\"\"x\n  y\n\"\"\") { d } } }")
add("nested long block string argument", "{ a { b(c: \"\"\"" + "z" * 90 + "\"\"\", d: 1) } }")
add("nested object arguments wrap", "{ a { b(input: {first: \"aaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbbbbbb\", third: [1, 2, 3]}) } }")
add("error after crlf block string", "{ a(b: \"\"\"x\r\ny\r\n\"\"\") c( }")
add("error on third crlf line", "{\r\n  a\r\n  b(c: 1.)\r\n}")
add("error after bom", "\ufeff{ a(b: 0x) }")
add("error after comment lines", "# one\n# two\n{ a(b: \"\\q\") }")
add("described sdl indentation", "type T {\n  \"\"\"\n  Long\n    indented\n  \"\"\"\n  f: Int\n}")
add("description single line with quote at end", "\"\"\"ends \"quoted\"\"\"\" type T")
add("enum value description", "enum E { \"one\" A \"\"\"two\"\"\" B }")
add("input field block description", "input I { \"\"\"\n  f\n\"\"\" a: Int = 1 @d }")
add("schema with directives", "schema @a @b(c: 1) { query: Q mutation: M subscription: S }")
add("variable list default nested", "query ($a: [[In!]] = [[{a: \"x\"}], null]) { a }")
add("float edge forms", "{ a(b: [0e0, 0.0e-0, -0E+1, 1.23456789e-300, 123e456]) }")
add("string with all escapes and unicode", "{ a(b: \"\\u00e9\\u{1F9D1}\\u{0041}\\t\\\"\\/\u00e9\u4e2d\") }")
add("block string with only whitespace lines", "{ a(b: \"\"\"\n   \n  x\n   \n\"\"\") }")
add("block string escaped triple quotes only", "{ a(b: \"\"\"\\\"\"\"\"\"\"\") }")
add("unicode name error in sdl", "type T { f\u00e9: Int }")
add("extend directive (not enabled)", "extend directive @d @x")
add("directive with directives (not enabled)", "directive @d @x on FIELD")
add("many definitions", "\n".join(f"type T{i} {{ f{i}: Int }}" for i in range(30)))

# Invalid documents.
bad = [
 "", "   ", "# only a comment", "{", "}", "{ a", "{ a }}", "{ }", "query", "query Q", "query Q(", "query Q($a) { a }",
 "query Q($a: ) { a }", "query Q($a: Int =) { a }", "query Q(a: Int) { a }", "query Q($a: Int = $b) { a }",
 "query Q($a: Int = [$b]) { a }", "query Q($a: Int = {x: $b}) { a }", "query Q($a: Int = $) { a }", "query Q($: Int) { a }",
 "{ a(", "{ a() }", "{ a(b) }", "{ a(b:) }", "{ a(b: 1 }", "{ a(: 1) }", "{ a: }", "{ a: b: c }", "{ ...}", "{ ... on }",
 "{ ... on T }", "{ ...on }", "fragment on on T { a }", "fragment F T { a }", "fragment F on { a }", "fragment F on T",
 "fragment F on T @ { a }", "{ a @ }", "{ a @d( }", "{ ...F @ }", "mutations { a }", "Query { a }", "notakeyword", "123",
 "\"just a string\"", "\"desc\" query { a }", "\"desc\" { a }", "\"desc\" fragment F on T { a }", "\"desc\" extend type T @d",
 "\"desc\"", "extend", "extend foo", "extend type", "extend type T", "extend schema", "extend scalar S", "extend union U",
 "extend enum E", "extend input I", "extend interface I", "schema", "schema {}", "schema { query }", "schema { query: }",
 "schema { foo: Q }", "scalar", "type", "type T {}", "type T { a }", "type T { a: }", "type T { a(): Int }",
 "type T implements { a: Int }", "type T implements A &", "interface", "union U =", "union U = |", "union U = A |",
 "enum E {}", "enum E { true }", "enum E { false }", "enum E { null }", "enum E { \"desc\" null }", "enum E { 1 }", "input I { a }",
 "input I { a: Int = $v }", "directive", "directive d on FIELD", "directive @d", "directive @d on", "directive @d on NOWHERE",
 "directive @d on FIELD |", "directive @d repeatable", "directive @d repeatable on unknown", "directive @d(a) on FIELD",
 "type T { f(a: Int = [$v]): Int }", "{ a(b: 00) }", "{ a(b: 01) }", "{ a(b: -01) }", "{ a(b: 1.) }", "{ a(b: .5) }",
 "{ a(b: 1e) }", "{ a(b: 1e+) }", "{ a(b: 1.e1) }", "{ a(b: -x) }", "{ a(b: -) }", "{ a(b: 1a) }", "{ a(b: 1.5a) }",
 "{ a(b: 0x1) }", "{ a(b: 1_000) }", "{ a(b: 1.2.3) }", "{ a(b: 1e5.5) }", "{ a(b: 123abc) }", "{ a(b: 1e1e1) }", "{ a(b: -.5) }",
 "{ a(b: 0.) }", "{ a(b: 1.0e) }", "{ a(b: 00.5) }", "{ a(b: -00) }", "{ a(b: 1", "{ a(b: -", "{ a(b: 1.",
 "{ a(b: \"unterminated) }", "{ a(b: \"unterminated", "{ a(b: \"line\nbreak\") }", "{ a(b: \"cr\rbreak\") }",
 "{ a(b: \"\"\"unterminated) }", "{ a(b: \"\"\"unterminated\n\n", "{ a(b: \"\\x\") }", "{ a(b: \"\\\") }", "{ a(b: \"\\u\") }",
 "{ a(b: \"\\u12\") }", "{ a(b: \"\\uXYZW\") }", "{ a(b: \"\\u{}\") }", "{ a(b: \"\\u{110000}\") }", "{ a(b: \"\\u{D800}\") }",
 "{ a(b: \"\\u{FFFFFFFFF}\") }", "{ a(b: \"\\u{12\") }", "{ a(b: \"\\u{1G}\") }", "{ a(b: \"\\uD800\") }", "{ a(b: \"\\uDC00\") }",
 "{ a(b: \"\\uD800\\u0041\") }", "{ a(b: \"\\uD800x\") }", "{ a(b: \"\\uD83D\\uDE0\") }", "{ a(b: \"\\u{00000000041}\") }",
 "{ a(b: \"ctrl \u0001 char\") }", "{ a(b: \"tab\tis ok but \u0007 not\") }", "{ a(b: \"\"\"bell \u0007\"\"\") }",
 "{ a(b: 'single') }", "{ a .. b }", "{ a . }", "{ a.b }", "{ ?? }", "{ a ~ }", "{ a % }", "{ a * }", "{ é }", "{ 😀 }",
 "{ a \u0007 }", "{ a \u00a0 }", "{ a \u2028 }", "# comment \u0001\n{ a }", "{ a(b: [1, 2) }", "{ a(b: {c: 1) }", "{ a(b: {c}) }",
 "{ a(b: {1: 2}) }", "{ a(b: [) }", "{ a(b: {) }", "{ a(b: @) }", "{ a(b: }) }", "{ a(b: ...) }", "{ a(b: $) }", "{ a(b: $1) }",
 "query Q($a: [Int) { a }", "query Q($a: Int!!) { a }", "query Q($a: !) { a }", "query Q($a: [) { a }", "{ a }\n\n  }",
 "{\n  a\n  b(\n}", "{\r\n  a(\r\n}", "{\r  a(\r}", "\ufeff}", "query Q { a } query", "{ a } fragment", "{ a } fragment F",
 "subscription", "mutation M(", "{ a @include(if: $) }", "type T { f: [Int }", "type T { f: Int! ! }", "input I { a: Int @d(x: $v) }",
 "schema @d(a: $v) { query: Q }", "{ a(b: \"\"\"ok\"\"\" \"\"\"ok\"\"\" ) }",
]
for i, s in enumerate(bad): add(f"invalid {i+1}: {s[:30]}", s)

with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "documents.json"), "w", encoding="utf-8") as f:
    json.dump(docs, f, ensure_ascii=False, indent=1)
print(len(docs))
