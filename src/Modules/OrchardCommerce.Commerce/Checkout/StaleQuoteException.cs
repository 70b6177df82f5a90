namespace OrchardCommerce.Commerce.Checkout;

/// <summary>A cached catalog quote no longer matched the catalog in the order's command; the order was rolled back.</summary>
internal sealed class StaleQuoteException() : Exception("The catalog changed since the quote.");
