using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Execution;

namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>
/// The storefront's field errors, with extensions.code (as Apollo and most clients read it) and the argument or input
/// field at fault in extensions.field, so a client can put the message next to the right input.
/// </summary>
public static class StorefrontErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";

    public const string DraftsMessage = "Drafts need the ViewDrafts permission.";

    public static GraphQLErrorException Drafts() => Error(DraftsMessage, Forbidden, "status");

    public static GraphQLErrorException BadInput(string message, string field) => Error(message, BadUserInput, field);

    public static GraphQLErrorException FromQuery(StorefrontQueryException exception) => BadInput(exception.Message, exception.Argument);

    public static GraphQLErrorException Error(string message, string code, string? field = null,
        IReadOnlyDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null) extensions["field"] = field;
        foreach (var (key, value) in more ?? new Dictionary<string, object?>()) extensions[key] = value;
        return new GraphQLErrorException(new GraphQLError(message) { Extensions = extensions });
    }
}
