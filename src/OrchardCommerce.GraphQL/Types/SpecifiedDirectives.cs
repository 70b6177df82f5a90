using static OrchardCommerce.GraphQL.Types.DirectiveLocation;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>The directives every schema has (spec §3.13), worded as graphql-js 16.15 words them.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = new("include", [FIELD, FRAGMENT_SPREAD, INLINE_FRAGMENT])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new("if", SpecifiedScalars.Boolean.NonNull()) { Description = "Included when true." }],
    };

    public static readonly DirectiveDefinition Skip = new("skip", [FIELD, FRAGMENT_SPREAD, INLINE_FRAGMENT])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new("if", SpecifiedScalars.Boolean.NonNull()) { Description = "Skipped when true." }],
    };

    public static readonly DirectiveDefinition Deprecated = new("deprecated", [FIELD_DEFINITION, ARGUMENT_DEFINITION, INPUT_FIELD_DEFINITION, ENUM_VALUE, DIRECTIVE_DEFINITION])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new("reason", SpecifiedScalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                HasDefaultValue = true,
                DefaultValue = DefaultDeprecationReason,
            },
        ],
    };

    public static readonly DirectiveDefinition SpecifiedBy = new("specifiedBy", [SCALAR])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new("url", SpecifiedScalars.String.NonNull()) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    public static readonly DirectiveDefinition OneOf = new("oneOf", [INPUT_OBJECT])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    public static readonly IReadOnlyList<DirectiveDefinition> All = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
