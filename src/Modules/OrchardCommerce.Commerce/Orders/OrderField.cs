namespace OrchardCommerce.Commerce.Orders;

/// <summary>The three status columns the state machine owns; the value is the column's (and history's) name.</summary>
public enum OrderField
{
    Status,
    PaymentStatus,
    FulfillmentStatus,
}
