namespace OrchardCommerce.Daemon.Sync;

/// <summary>
/// Minor units → the major-unit amount content shows (1999 EUR cents → 19.99). ISO 4217 exponents: most currencies
/// have two decimals; these have none or three.
/// </summary>
public static class Currencies
{
    private static readonly HashSet<string> NoDecimals =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"];
    private static readonly HashSet<string> ThreeDecimals = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    public static decimal ToMajor(string currency, long minor) =>
        NoDecimals.Contains(currency) ? minor : ThreeDecimals.Contains(currency) ? minor / 1000m : minor / 100m;
}
