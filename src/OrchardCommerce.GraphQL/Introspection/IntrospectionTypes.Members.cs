using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    private static ObjectType CreateField() => new("__Field", () =>
    [
        new("name", SpecifiedScalars.String.NonNull()) { Resolver = Resolve.From<FieldDefinition>(f => f.Name) },
        new("description", SpecifiedScalars.String) { Resolver = Resolve.From<FieldDefinition>(f => f.Description) },
        new("args", NonNullList(InputValue))
        {
            Arguments = [Resolve.IncludeDeprecatedArgument()],
            Resolver = Resolve.From<FieldDefinition>((f, c) => Resolve.IncludeDeprecated(c) ? f.Arguments : f.Arguments.Where(a => a.DeprecationReason is null).ToList()),
        },
        new("type", Type.NonNull()) { Resolver = Resolve.From<FieldDefinition>(f => f.Type) },
        new("isDeprecated", SpecifiedScalars.Boolean.NonNull()) { Resolver = Resolve.From<FieldDefinition>(f => f.DeprecationReason is not null) },
        new("deprecationReason", SpecifiedScalars.String) { Resolver = Resolve.From<FieldDefinition>(f => f.DeprecationReason) },
    ], description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    private static ObjectType CreateInputValue() => new("__InputValue", () =>
    [
        new("name", SpecifiedScalars.String.NonNull()) { Resolver = Resolve.From<InputValueDefinition>(v => v.Name) },
        new("description", SpecifiedScalars.String) { Resolver = Resolve.From<InputValueDefinition>(v => v.Description) },
        new("type", Type.NonNull()) { Resolver = Resolve.From<InputValueDefinition>(v => v.Type) },
        new("defaultValue", SpecifiedScalars.String)
        {
            Description = "A GraphQL-formatted string representing the default value for this input value.",
            Resolver = Resolve.From<InputValueDefinition>(v => v.HasDefaultValue && AstFromValue.Convert(v.DefaultValue, v.Type) is { } ast ? Printer.Print(ast) : null),
        },
        new("isDeprecated", SpecifiedScalars.Boolean.NonNull()) { Resolver = Resolve.From<InputValueDefinition>(v => v.DeprecationReason is not null) },
        new("deprecationReason", SpecifiedScalars.String) { Resolver = Resolve.From<InputValueDefinition>(v => v.DeprecationReason) },
    ], description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    private static ObjectType CreateEnumValue() => new("__EnumValue", () =>
    [
        new("name", SpecifiedScalars.String.NonNull()) { Resolver = Resolve.From<EnumValueDefinition>(v => v.Name) },
        new("description", SpecifiedScalars.String) { Resolver = Resolve.From<EnumValueDefinition>(v => v.Description) },
        new("isDeprecated", SpecifiedScalars.Boolean.NonNull()) { Resolver = Resolve.From<EnumValueDefinition>(v => v.DeprecationReason is not null) },
        new("deprecationReason", SpecifiedScalars.String) { Resolver = Resolve.From<EnumValueDefinition>(v => v.DeprecationReason) },
    ], description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
}
