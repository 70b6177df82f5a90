namespace OrchardCommerce.Commerce.Orders;

public sealed record OrderAddress(string Name, string Line1, string? Line2, string City, string PostalCode, string Country);
