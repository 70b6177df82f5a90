using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// A payment request that cannot be carried out: unknown order (404), bad input naming <see cref="Field"/> (400),
/// or a state that does not allow it (409). Thrown before anything is written, or it rolls the unit of work back.
/// </summary>
public sealed class PaymentException(int statusCode, string message, string? field = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string? Field { get; } = field;

    public static PaymentException NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static PaymentException Invalid(string field, string message) => new(StatusCodes.Status400BadRequest, message, field);

    public static PaymentException Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    /// <summary>The RFC 7807 answer: a validation problem naming the field, or a plain problem.</summary>
    public IResult ToProblem() => Field is not null
        ? Results.ValidationProblem(new Dictionary<string, string[]> { [Field] = [Message] })
        : Results.Problem(statusCode: StatusCode, detail: Message);
}
