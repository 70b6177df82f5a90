using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Introspection;

/// <summary>__schema, __type and __typename (spec §4.1, §4.2): fields every query (or every composite type) has without declaring them.</summary>
public static class MetaFields
{
    public static readonly FieldDefinition SchemaField = new("__schema", IntrospectionTypes.Schema.NonNull())
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => ValueTask.FromResult<object?>(context.Schema),
    };

    public static readonly FieldDefinition TypeField = new("__type", IntrospectionTypes.Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new("name", SpecifiedScalars.String.NonNull())],
        Resolver = context => ValueTask.FromResult<object?>(context.Schema.GetType(context.Argument<string>("name"))),
    };

    public static readonly FieldDefinition TypeNameField = new("__typename", SpecifiedScalars.String.NonNull())
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => ValueTask.FromResult<object?>(context.ParentType.Name),
    };
}
