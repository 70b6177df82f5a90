using System.Text;

namespace OrchardCommerce.GraphQL.Api.Schema.Naming;

/// <summary>
/// Content names (anything an editor typed into a definition) as GraphQL names (spec §2.1.9: /[_A-Za-z][_0-9A-Za-z]*/):
/// characters outside the pattern split words, a leading digit gets an underscore, and "__" is reserved for
/// introspection (§3.1), so such names lose their leading underscores.
/// </summary>
public static class GraphQLNames
{
    /// <summary>"blog-post" → "BlogPost", "Seo meta" → "SeoMeta", "3d" → "_3d"; never empty.</summary>
    public static string Pascal(string name)
    {
        var words = Words(name);
        var text = new StringBuilder();
        foreach (var word in words) text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        return Valid(text.ToString());
    }

    /// <summary>"SeoTitle" → "seoTitle", "URL" → "url", "HTMLBody" → "htmlBody".</summary>
    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        if (pascal.StartsWith('_')) return pascal;
        var upper = 0;
        while (upper < pascal.Length && char.IsAsciiLetterUpper(pascal[upper])) upper++;
        // An acronym at the start lowers as a whole, except its last letter when a lower-case word follows it.
        var lower = upper <= 1 || upper == pascal.Length ? upper : upper - 1;
        if (upper > 1 && upper < pascal.Length && !char.IsAsciiLetterLower(pascal[upper])) lower = upper;
        return pascal[..Math.Max(lower, 1)].ToLowerInvariant() + pascal[Math.Max(lower, 1)..];
    }

    /// <summary>"SeoTitle" → "SEO_TITLE", as enum values are conventionally spelled.</summary>
    public static string ScreamingSnake(string name)
    {
        var pascal = Pascal(name);
        var text = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var boundary = i > 0 && char.IsAsciiLetterUpper(c) && pascal[i - 1] != '_'
                && (char.IsAsciiLetterLower(pascal[i - 1]) || char.IsAsciiDigit(pascal[i - 1])
                    || (i + 1 < pascal.Length && char.IsAsciiLetterLower(pascal[i + 1])));
            if (boundary) text.Append('_');
            text.Append(char.ToUpperInvariant(c));
        }
        var result = text.ToString();
        // true, false and null are not enum values (spec §3.9).
        return result is "TRUE" or "FALSE" or "NULL" ? result + "_" : result;
    }

    /// <summary>English plural of a PascalCase or camelCase name's last word: "Category" → "Categories", "Box" → "Boxes".</summary>
    public static string Plural(string name)
    {
        if (name.EndsWith('y') && name.Length > 1 && !"aeiou".Contains(name[^2])) return name[..^1] + "ies";
        if (name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') || name.EndsWith("ch") || name.EndsWith("sh")) return name + "es";
        return name + "s";
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c)) current.Append(c);
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static string Valid(string name) => name.Length == 0 ? "_" : char.IsAsciiDigit(name[0]) ? "_" + name : name;
}
