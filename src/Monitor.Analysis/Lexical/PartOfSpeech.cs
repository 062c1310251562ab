namespace Monitor.Analysis.Lexical;

/// <summary>The four parts of speech WordNet covers. Adjective satellites count as <see cref="Adjective"/>.</summary>
public enum PartOfSpeech
{
    Noun,
    Verb,
    Adjective,
    Adverb,
}
