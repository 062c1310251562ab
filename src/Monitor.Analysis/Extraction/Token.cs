namespace Monitor.Analysis.Extraction;

/// <summary>A word or punctuation mark of the article, with its offsets and whether it lies inside a quote.</summary>
internal readonly record struct Token(int Start, int End, string Text, bool IsWord, bool InQuote)
{
    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The word without a trailing abbreviation dot, for word-list lookups.</summary>
    public string Plain => Text.Length > 1 && Text[^1] == '.' ? Text[..^1] : Text;

    /// <summary>The word without a possessive ending ("China's" → "China").</summary>
    public string Bare => Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || Text.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)
        ? Text[..^2]
        : Text;
}
