using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.Commerce.Catalog;

namespace OrchardCommerce.Commerce.Api;

/// <summary>The catalog APIs' problem details (RFC 7807), and the catalog exceptions mapped onto them.</summary>
internal static class CatalogProblems
{
    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"{what} does not exist.");

    /// <summary>Runs a catalog call, answering its validation and conflict exceptions as 400 and 409.</summary>
    public static async Task<IResult> HandleAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (CatalogValidationException e)
        {
            return Results.ValidationProblem(e.Errors);
        }
        catch (CatalogConflictException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [e.Field] = [e.Message] } });
        }
    }

    /// <summary>The request body as a JSON object, or the problem that says why it is not one.</summary>
    public static async Task<(JsonObject? Body, IResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return node is JsonObject body ? (body, null) : (null, Invalid("body", "the body must be a JSON object."));
        }
        catch (JsonException e)
        {
            return (null, Invalid("body", "the body is not valid JSON: " + e.Message));
        }
    }

    /// <summary>first/after or page/pageSize, as a <see cref="ProductQuery"/>; null and a problem when out of range.</summary>
    public static (ProductQuery? Query, IResult? Problem) Paging(int? first, string? after, int? page, int? pageSize,
        string? search, string? status, string? category, string? collection)
    {
        if (first is < 1 or > 100) return (null, Invalid("first", "first must be from 1 to 100."));
        if (pageSize is < 1 or > 100) return (null, Invalid("pageSize", "pageSize must be from 1 to 100."));
        if (page is < 1) return (null, Invalid("page", "page starts at 1."));
        if (page is not null && after is not null) return (null, Invalid("after", "use either after (cursor) or page, not both."));
        if (status is not null && !ProductStatus.IsValid(status)) return (null, Invalid("status", "status must be draft, active or archived."));
        return (new ProductQuery(search, status, category, collection, pageSize ?? first ?? 20, after, page ?? (pageSize is null ? null : 1)), null);
    }
}
