using System.Globalization;

namespace OrchardCommerce.GraphQL.Utilities.Internal;

/// <summary>A serialized number as JavaScript's String(number) writes it; decimals keep their exact digits.</summary>
internal static class NumberText
{
    public static bool TryFormat(object? value, out string text)
    {
        text = value switch
        {
            int or long or short or byte or uint or ulong or sbyte or ushort => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
            double d when double.IsFinite(d) => JsNumber.Format(d),
            float f when float.IsFinite(f) => JsNumber.Format(f),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            _ => "",
        };
        return text.Length > 0;
    }
}
