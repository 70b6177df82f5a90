namespace OrchardCommerce.Commerce.Orders;

public sealed record OrderPage(IReadOnlyList<OrderView> Items, int Page, int PageSize, long TotalCount);
