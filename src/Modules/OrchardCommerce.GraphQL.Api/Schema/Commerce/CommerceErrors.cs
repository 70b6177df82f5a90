using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>
/// The store services' refusals as GraphQL errors, the way the store API turns them into problem details: validation
/// as BAD_USER_INPUT naming the argument (extensions.field, and every field in extensions.fields), stock and state
/// conflicts as their own codes. The services validate before they write, so an error means nothing was written.
/// </summary>
internal static class CommerceErrors
{
    public static async Task<T> RunAsync<T>(ResolveContext context, Func<string, string> argumentOf, Func<IServiceProvider, CancellationToken, Task<T>> write)
    {
        try
        {
            return await StorefrontRead.RunAsync(context, write);
        }
        catch (CommerceValidationException exception)
        {
            var fields = exception.Errors.ToDictionary(e => argumentOf(e.Key), e => (object?)e.Value.ToList());
            var message = string.Join(" ", exception.Errors.SelectMany(e => e.Value.Select(m => $"{argumentOf(e.Key)}: {m}")));
            throw StorefrontErrors.Error(message, StorefrontErrors.BadUserInput, fields.Keys.First(),
                new Dictionary<string, object?> { ["fields"] = fields });
        }
        catch (OutOfStockException exception)
        {
            throw StorefrontErrors.Error(exception.Message, "OUT_OF_STOCK", null,
                new Dictionary<string, object?> { ["sku"] = exception.Sku, ["requested"] = exception.Requested });
        }
        catch (Exception exception) when (exception is CartConflictException or StockConflictException)
        {
            throw StorefrontErrors.Error(exception.Message, StorefrontErrors.Conflict);
        }
        catch (IdempotencyConflictException exception)
        {
            throw StorefrontErrors.Error(exception.Message, "IDEMPOTENCY_CONFLICT", "idempotencyKey");
        }
    }

    public static GraphQLErrorException NotFound(string message, string field) => StorefrontErrors.Error(message, StorefrontErrors.NotFound, field);
}
