namespace OrchardCommerce.GraphQL.Tests.Conformance;

/// <summary>Derives malformed variants of corpus documents by deleting, inserting, duplicating or swapping
/// characters; seeded, so a failing variant is reproducible.</summary>
public static class CorpusMutator
{
    private const string Alphabet = "{}()[]:=@$!&|.\"\\#,e0-1a_ \n\r\t\u00e9";

    public static IReadOnlyList<string> Mutate(IReadOnlyList<CorpusDocument> corpus, int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<string>(count);
        var sources = corpus.Select(d => d.Source).Where(s => s.Length > 0).ToList();
        while (result.Count < count)
        {
            var text = sources[random.Next(sources.Count)];
            var at = random.Next(text.Length);
            var variant = random.Next(4) switch
            {
                0 => text.Remove(at, 1),
                1 => text.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
                2 => text.Insert(at, text.Substring(at, Math.Min(text.Length - at, random.Next(1, 8)))),
                _ => text[..at],
            };
            // A split surrogate pair cannot travel to node as UTF-8 (it arrives as U+FFFD): the lexer tests
            // cover lone surrogates instead.
            if (!HasLoneSurrogate(variant)) result.Add(variant);
        }
        return result;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
