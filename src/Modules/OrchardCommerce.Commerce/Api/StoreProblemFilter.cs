using Microsoft.AspNetCore.Http;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Commerce.Orders;

namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// Turns the commerce services' specific exceptions into RFC 7807 answers, so services stay free of HTTP and every
/// endpoint of the store, orders and inventory APIs answers the same way.
/// </summary>
internal sealed class StoreProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CommerceValidationException exception)
        {
            return Results.ValidationProblem(exception.Errors.ToDictionary());
        }
        catch (OutOfStockException exception)
        {
            return Conflict(exception.Message, new() { ["sku"] = exception.Sku, ["requested"] = exception.Requested });
        }
        catch (OrderTransitionException exception)
        {
            return Conflict(exception.Message, new()
            {
                ["field"] = OrderStateMachine.Column(exception.Field), ["from"] = exception.From, ["to"] = exception.To,
            });
        }
        catch (Exception exception) when (exception is CartConflictException or StockConflictException)
        {
            return Conflict(exception.Message, []);
        }
        catch (IdempotencyConflictException exception)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused",
                detail: exception.Message, extensions: new Dictionary<string, object?> { ["idempotencyKey"] = exception.Key });
        }
    }

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: detail);

    private static IResult Conflict(string detail, Dictionary<string, object?> extensions) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail, extensions: extensions);
}
