namespace Monitor.Analysis.Text;

/// <summary>
/// A crude English suffix stripper so "troops"/"troop" and "opening"/"opened"/"open" compare equal.
/// It over-strips some words; that is fine because both sides of a comparison are stripped alike.
/// </summary>
public static class WordStem
{
    public static string Of(string word)
    {
        // "Boeing's jets" and "Boeing jets" are about one maker: the possessive is not part of the word.
        if (word.Length > 3 && word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        var stem = Strip(word);
        // "take"/"taking" and "close"/"closed" meet once a final e is dropped.
        return stem.Length > 3 && stem[^1] == 'e' && stem[^2] != 'e' ? stem[..^1] : stem;
    }

    private static string Strip(string word)
    {
        if (word.Length <= 3) return word;
        if (word.EndsWith("n't", StringComparison.Ordinal)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) return Undouble(word[..^3]);
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) return Undouble(word[..^2]);
        if (word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    // "stopped" → "stopp" → "stop"; "running" → "runn" → "run".
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e' or 'o') ? stem[..^1] : stem;
}
