namespace OrchardCommerce.Recipes.Scripting;

/// <summary>Recognizes Orchard Core's <c>[js: expression]</c> string values.</summary>
internal static class ScriptTemplate
{
    private const string Prefix = "js";

    public static bool TryGetExpression(string value, out string expression)
    {
        expression = string.Empty;
        var text = value.AsSpan().Trim();
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
        {
            return false;
        }

        var inner = text[1..^1];
        var separator = inner.IndexOf(':');
        if (separator < 0 || !inner[..separator].Trim().SequenceEqual(Prefix))
        {
            return false;
        }

        expression = inner[(separator + 1)..].Trim().ToString();
        return true;
    }
}
