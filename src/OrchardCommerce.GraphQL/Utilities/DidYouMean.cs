namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>" Did you mean "A", "B", or "C"?" — at most five suggestions, worded as graphql-js words them.</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        switch (quoted.Count)
        {
            case 0: return "";
            case 1: return message + quoted[0] + "?";
            case 2: return message + quoted[0] + " or " + quoted[1] + "?";
        }
        var selected = quoted.Take(MaxSuggestions).ToList();
        return message + string.Join(", ", selected.Take(selected.Count - 1)) + ", or " + selected[^1] + "?";
    }
}
