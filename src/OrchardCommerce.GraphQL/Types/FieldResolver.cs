namespace OrchardCommerce.GraphQL.Types;

/// <summary>Produces a field's value for one parent object; a fault becomes a field error with the field's path.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>Names the concrete object type of a value of an interface or union type.</summary>
public delegate ObjectType? TypeResolver(object? value, ResolveContext context);
