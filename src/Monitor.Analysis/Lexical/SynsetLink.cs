namespace Monitor.Analysis.Lexical;

/// <summary>
/// One pointer from a synset. <see cref="SourceWord"/> and <see cref="TargetWord"/> are 1-based positions in
/// the two synsets' lemma lists for lexical pointers (antonyms, derivations), which hold between two words
/// rather than two whole synsets; both are 0 for semantic pointers such as hypernyms.
/// </summary>
internal readonly record struct SynsetLink(SynsetLinkKind Kind, byte SourceWord, byte TargetWord, int Target)
{
    public bool IsLexical => SourceWord != 0;
}
