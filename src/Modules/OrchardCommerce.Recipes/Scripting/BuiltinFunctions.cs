using System.IO.Compression;
using System.Net;
using System.Text;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>The global functions Orchard Core recipes call.</summary>
internal sealed class BuiltinFunctions(RecipeScriptContext context, VariableResolver variables)
{
    public object? Invoke(string name, object?[] arguments, int position)
    {
        switch (name)
        {
            case "uuid":
                StringMethods.RequireArity(name, arguments, 0, 0, position);
                return context.IdGenerator() ?? string.Empty;
            case "variables":
                StringMethods.RequireArity(name, arguments, 1, 1, position);
                return variables.Resolve(JsValues.ToString(arguments[0]), position);
            case "parameters":
                StringMethods.RequireArity(name, arguments, 1, 1, position);
                return Parameter(JsValues.ToString(arguments[0]), position);
            case "configuration":
                StringMethods.RequireArity(name, arguments, 1, 2, position);
                return context.Configuration(JsValues.ToString(arguments[0])) ?? (arguments.Length > 1 ? arguments[1] : null);
            case "base64":
                StringMethods.RequireArity(name, arguments, 1, 1, position);
                return Encoding.UTF8.GetString(DecodeBase64(name, arguments[0], position));
            case "html":
                StringMethods.RequireArity(name, arguments, 1, 1, position);
                return WebUtility.HtmlDecode(JsValues.ToString(arguments[0]));
            case "gzip":
                StringMethods.RequireArity(name, arguments, 1, 1, position);
                return Gunzip(DecodeBase64(name, arguments[0], position), position);
            case "new Date":
                StringMethods.RequireArity("Date", arguments, 0, 1, position);
                return arguments.Length == 0 ? new JsDate(context.TimeProvider.GetUtcNow()) : JsDate.From(arguments[0], position);
            default:
                throw new ScriptFault($"unknown function '{name}'", position);
        }
    }

    private object? Parameter(string name, int position) =>
        context.Parameters.TryGetValue(name, out var value)
            ? ScriptValueConverter.FromClr(value)
            : throw new ScriptFault($"parameter '{name}' is not defined", position);

    private static byte[] DecodeBase64(string function, object? argument, int position)
    {
        try
        {
            return Convert.FromBase64String(JsValues.ToString(argument));
        }
        catch (FormatException)
        {
            throw new ScriptFault($"{function}() argument is not valid base64", position);
        }
    }

    /// <summary>
    /// Orchard Core's gzip() returns the decompressed bytes base64-encoded again (recipes feed it to
    /// media steps that expect base64), not decoded text; wrap it in base64() to get the text.
    /// </summary>
    private static string Gunzip(byte[] compressed, int position)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return Convert.ToBase64String(output.ToArray());
        }
        catch (InvalidDataException)
        {
            throw new ScriptFault("gzip() argument is not valid gzip data", position);
        }
    }
}
