namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>
/// The options close enough to a mistyped input to suggest, closest first, ties in natural order — the same list
/// graphql-js builds, so "Did you mean" hints match word for word.
/// </summary>
public static class SuggestionList
{
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            var distance = LexicalDistance(input, option, threshold);
            if (distance is { } d) distances.TryAdd(option, d);
        }
        var ordered = distances.Keys.ToList();
        ordered.Sort((a, b) => distances[a] != distances[b] ? distances[a] - distances[b] : NaturalCompare(a, b));
        return ordered;
    }

    /// <summary>Damerau-Levenshtein over lower-cased UTF-16 units, a case-only change counting as one edit.</summary>
    private static int? LexicalDistance(string input, string option, int threshold)
    {
        if (input == option) return 0;
        var inputLower = input.ToLowerInvariant();
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower) return 1;
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > threshold) return null;
        var rows = new[] { new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1] };
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                if (cell < smallest) smallest = cell;
                current[j] = cell;
            }
            if (smallest > threshold) return null;
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Runs of digits compare as numbers, everything else by UTF-16 unit.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0, bn = 0;
                // graphql-js stops a run after a leading zero, so "0" and "00" compare digit by digit.
                do { ++ai; an = an * 10 + ac - '0'; ac = ai < a.Length ? a[ai] : '\0'; } while (char.IsAsciiDigit(ac) && an > 0);
                do { ++bi; bn = bn * 10 + bc - '0'; bc = bi < b.Length ? b[bi] : '\0'; } while (char.IsAsciiDigit(bc) && bn > 0);
                if (an != bn) return an < bn ? -1 : 1;
            }
            else
            {
                if (ac != bc) return ac < bc ? -1 : 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length.CompareTo(b.Length);
    }
}
