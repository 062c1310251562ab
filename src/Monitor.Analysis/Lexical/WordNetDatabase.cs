namespace Monitor.Analysis.Lexical;

/// <summary>
/// The loaded WordNet data: synsets by number, each lemma's senses in WordNet's sense order (most frequent
/// first), and the morphological exception lists. Lemmas, links and senses are stored in a few flat arrays
/// that the synsets and the index point into. Immutable once read, so one copy serves every thread.
/// </summary>
internal sealed class WordNetDatabase(
    Synset[] synsets,
    string[] lemmas,
    SynsetLink[] links,
    int[] senses,
    Dictionary<string, SenseRange>[] sensesByPos,
    Dictionary<string, string[]>[] exceptionsByPos)
{
    public int SynsetCount => synsets.Length;

    public int LemmaCount => sensesByPos.Sum(index => index.Count);

    public Synset this[int synset] => synsets[synset];

    /// <summary>The synset's lemmas in WordNet's order; lexical links number them from 1.</summary>
    public ReadOnlySpan<string> Lemmas(int synset) => lemmas.AsSpan(synsets[synset].FirstLemma, synsets[synset].LemmaCount);

    public ReadOnlySpan<SynsetLink> Links(int synset) => links.AsSpan(synsets[synset].FirstLink, synsets[synset].LinkCount);

    /// <summary>The synset numbers of <paramref name="lemma"/> in <paramref name="pos"/>, most frequent sense first; empty when it is no lemma.</summary>
    public ReadOnlySpan<int> Senses(string lemma, PartOfSpeech pos) =>
        sensesByPos[(int)pos].TryGetValue(lemma, out var range) ? senses.AsSpan(range.Start, range.Count) : [];

    public bool IsLemma(string lemma, PartOfSpeech pos) => sensesByPos[(int)pos].ContainsKey(lemma);

    /// <summary>The base forms WordNet lists for an irregular <paramref name="inflected"/> form ("ran" → "run").</summary>
    public IReadOnlyList<string> Exceptions(string inflected, PartOfSpeech pos) =>
        exceptionsByPos[(int)pos].TryGetValue(inflected, out var bases) ? bases : [];
}
