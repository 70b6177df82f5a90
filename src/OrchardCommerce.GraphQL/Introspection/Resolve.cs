using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Introspection;

/// <summary>Short resolvers for the introspection types: all synchronous reads off type-system objects.</summary>
internal static class Resolve
{
    public static FieldResolver From<T>(Func<T, object?> read) => context => ValueTask.FromResult(read((T)context.Source!));

    public static FieldResolver From<T>(Func<T, ResolveContext, object?> read) =>
        context => ValueTask.FromResult(read((T)context.Source!, context));

    public static bool IncludeDeprecated(ResolveContext context) => context.Argument("includeDeprecated", false);

    public static InputValueDefinition IncludeDeprecatedArgument(bool nonNull = false) =>
        new("includeDeprecated", nonNull ? SpecifiedScalars.Boolean.NonNull() : SpecifiedScalars.Boolean) { HasDefaultValue = true, DefaultValue = false };
}
