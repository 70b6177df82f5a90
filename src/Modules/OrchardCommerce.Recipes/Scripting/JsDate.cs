using System.Globalization;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>
/// A JavaScript Date, for recipes' <c>new Date().toISOString()</c>. Its string form is the ISO one that
/// JSON.stringify writes, not JavaScript's locale-dependent toString(): a recipe value must not depend on the host.
/// </summary>
internal sealed record JsDate(DateTimeOffset Value)
{
    public double Milliseconds => Value.ToUnixTimeMilliseconds();

    /// <summary>new Date(ms) or new Date("2024-01-31T10:00:00Z").</summary>
    public static JsDate From(object? argument, int position) => argument switch
    {
        double ms when double.IsFinite(ms) && Math.Abs(ms) <= 8.64e15 => new JsDate(DateTimeOffset.UnixEpoch.AddMilliseconds(Math.Truncate(ms))),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => new JsDate(parsed),
        _ => throw new ScriptFault($"invalid date '{JsValues.ToString(argument)}'", position),
    };

    public object? Invoke(string method, object?[] arguments, int position)
    {
        StringMethods.RequireArity(method, arguments, 0, 0, position);
        return method switch
        {
            "toISOString" or "toJSON" or "toString" => ToString(),
            "getTime" or "valueOf" => Milliseconds,
            "getFullYear" => (double)Value.UtcDateTime.Year,
            _ => throw new ScriptFault($"method '{method}' is not supported on Date", position),
        };
    }

    /// <summary>ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it.</summary>
    public override string ToString() => Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
