using System.Text;

namespace OrchardCommerce.GraphQL.Language;

public static partial class Printer
{
    /// <summary>A string literal with the escapes graphql-js uses: short forms where JSON has them, \uXXXX for
    /// the other C0 and C1 controls and DEL.</summary>
    private static string PrintString(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\f': result.Append("\\f"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                case <= '\u001F' or (>= '\u007F' and <= '\u009F'):
                    result.Append("\\u").Append(((int)c).ToString("X4"));
                    break;
                default: result.Append(c); break;
            }
        }
        return result.Append('"').ToString();
    }
}
