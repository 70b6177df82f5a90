using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Introspection;

/// <summary>
/// The introspection types (spec §4.5), field for field and word for word as graphql-js 16.15 defines them, so an
/// introspection result — descriptions included — matches what graphql-js returns for the same schema.
/// </summary>
public static partial class IntrospectionTypes
{
    public static readonly ObjectType Schema = CreateSchema();
    public static readonly ObjectType Directive = CreateDirective();
    public static readonly EnumType DirectiveLocationEnum = CreateDirectiveLocation();
    public static readonly ObjectType Type = CreateType();
    public static readonly ObjectType Field = CreateField();
    public static readonly ObjectType InputValue = CreateInputValue();
    public static readonly ObjectType EnumValue = CreateEnumValue();
    public static readonly EnumType TypeKindEnum = CreateTypeKind();

    private static GraphQLType NonNullList(GraphQLType item) => item.NonNull().List().NonNull();

    private static ObjectType CreateSchema() => new("__Schema", () =>
    [
        new("description", SpecifiedScalars.String) { Resolver = Resolve.From<GraphQLSchema>(s => s.Description) },
        new("types", NonNullList(Type)) { Description = "A list of all types supported by this server.", Resolver = Resolve.From<GraphQLSchema>(s => s.Types) },
        new("queryType", Type.NonNull()) { Description = "The type that query operations will be rooted at.", Resolver = Resolve.From<GraphQLSchema>(s => s.QueryType) },
        new("mutationType", Type) { Description = "If this server supports mutation, the type that mutation operations will be rooted at.", Resolver = Resolve.From<GraphQLSchema>(s => s.MutationType) },
        new("subscriptionType", Type) { Description = "If this server support subscription, the type that subscription operations will be rooted at.", Resolver = Resolve.From<GraphQLSchema>(s => s.SubscriptionType) },
        new("directives", NonNullList(Directive))
        {
            Description = "A list of all directives supported by this server.",
            Arguments = [Resolve.IncludeDeprecatedArgument(nonNull: true)],
            Resolver = Resolve.From<GraphQLSchema>((s, c) => Resolve.IncludeDeprecated(c) ? s.Directives : s.Directives.Where(d => d.DeprecationReason is null).ToList()),
        },
    ], description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    private static ObjectType CreateDirective() => new("__Directive", () =>
    [
        new("name", SpecifiedScalars.String.NonNull()) { Resolver = Resolve.From<DirectiveDefinition>(d => d.Name) },
        new("description", SpecifiedScalars.String) { Resolver = Resolve.From<DirectiveDefinition>(d => d.Description) },
        new("isRepeatable", SpecifiedScalars.Boolean.NonNull()) { Resolver = Resolve.From<DirectiveDefinition>(d => d.IsRepeatable) },
        new("locations", NonNullList(DirectiveLocationEnum)) { Resolver = Resolve.From<DirectiveDefinition>(d => d.Locations) },
        new("args", NonNullList(InputValue))
        {
            Arguments = [Resolve.IncludeDeprecatedArgument()],
            Resolver = Resolve.From<DirectiveDefinition>((d, c) => Resolve.IncludeDeprecated(c) ? d.Arguments : d.Arguments.Where(a => a.DeprecationReason is null).ToList()),
        },
        new("isDeprecated", SpecifiedScalars.Boolean.NonNull()) { Resolver = Resolve.From<DirectiveDefinition>(d => d.DeprecationReason is not null) },
        new("deprecationReason", SpecifiedScalars.String) { Resolver = Resolve.From<DirectiveDefinition>(d => d.DeprecationReason) },
    ], description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
}
