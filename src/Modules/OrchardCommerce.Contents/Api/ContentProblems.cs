using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Contents.Api;

/// <summary>The problem details the content API answers with.</summary>
internal static class ContentProblems
{
    public static IResult NotFound(string contentItemId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found",
            detail: $"Content item '{contentItemId}' does not exist.");

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
