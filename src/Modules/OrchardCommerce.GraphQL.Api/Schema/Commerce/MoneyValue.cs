using System.Globalization;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>An amount in a currency's minor units (as Commerce stores every price), with a plain display form.</summary>
public sealed record MoneyValue(string Currency, long Amount)
{
    // ISO 4217 currencies without minor units; every other one the store may sell in has two.
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.Ordinal)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    /// <summary>"19.90 EUR", "1200 JPY": invariant digits, so a storefront can re-format it for its locale.</summary>
    public string Formatted => ZeroDecimal.Contains(Currency)
        ? string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}")
        : string.Create(CultureInfo.InvariantCulture, $"{Amount / 100m:0.00} {Currency}");
}
