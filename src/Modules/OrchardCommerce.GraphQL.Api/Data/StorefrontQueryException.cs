namespace OrchardCommerce.GraphQL.Api.Data;

/// <summary>
/// A storefront query the readers cannot run as asked: an unknown type or field, an operator the field's kind does not
/// allow, a malformed cursor. <see cref="Argument"/> names the argument at fault, for the GraphQL error's path.
/// </summary>
public sealed class StorefrontQueryException(string argument, string message) : Exception(message)
{
    public string Argument { get; } = argument;
}
