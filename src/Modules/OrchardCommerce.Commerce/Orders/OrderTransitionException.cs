namespace OrchardCommerce.Commerce.Orders;

/// <summary>A status change the model does not allow from the order's current value; the API answers 409.</summary>
public sealed class OrderTransitionException(OrderField field, string from, string to, string? detail = null)
    : Exception(detail ?? $"An order's {OrderStateMachine.Column(field)} cannot go from '{from}' to '{to}'.")
{
    public OrderField Field { get; } = field;
    public string From { get; } = from;
    public string To { get; } = to;
}
