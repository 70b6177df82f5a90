namespace OrchardCommerce.Workflows.Feel;

/// <summary>Numeric built-ins (DMN 1.3 §10.3.4.5); rounding in decimal() is half-even as the spec requires.</summary>
internal static class FeelNumberFunctions
{
    public static void Register(Dictionary<string, FeelFunction> functions)
    {
        functions["abs"] = FeelFunction.Of(n => n is decimal d ? Math.Abs(d) : null, "n");
        functions["floor"] = FeelFunction.Of(n => n is decimal d ? Math.Floor(d) : null, "n");
        functions["ceiling"] = FeelFunction.Of(n => n is decimal d ? Math.Ceiling(d) : null, "n");
        functions["decimal"] = FeelFunction.Of(Round, "n", "scale");
    }

    private static object? Round(object? n, object? scale)
    {
        // decimal carries at most 28 fractional digits, so larger scales leave the value as it is.
        if (n is not decimal value || scale is not decimal s || s != decimal.Truncate(s) || s < 0)
        {
            return null;
        }

        return s >= 28 ? value : Math.Round(value, (int)s, MidpointRounding.ToEven);
    }
}
